# DateField values come back as datetime.date.
from blog.models import Entry

result = list(Entry.objects.filter(id__lte=2).order_by("id").values_list("pub_date", "mod_date"))

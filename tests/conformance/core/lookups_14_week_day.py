# week_day (1 = Sunday).
from blog.models import Entry

result = list(Entry.objects.filter(pub_date__week_day=1).order_by("id").values_list("id", "pub_date")[:4])

# values() across a FK joins the related table.
from blog.models import Entry

result = list(Entry.objects.filter(id__in=[1, 2, 3]).order_by("id").values("id", "blog__name"))

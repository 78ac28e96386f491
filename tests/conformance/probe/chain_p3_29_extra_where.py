# extra(where=..., params=...) and extra(select=...).
from blog.models import Entry

qs = Entry.objects.extra(select={"double": "rating * 2"}, where=["rating > %s"], params=[8]).order_by("id")
result = [(e.id, e.double) for e in qs]

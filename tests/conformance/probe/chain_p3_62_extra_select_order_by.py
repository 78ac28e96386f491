# order_by() naming an extra(select=...) column, both ways.
from blog.models import Entry

qs = Entry.objects.extra(select={"double": "rating * 2"}).order_by("-double", "id")[:3]
up = Entry.objects.extra(select={"double": "rating * 2"}).order_by("double", "-id")[:2]
result = ([(e.id, e.double) for e in qs], [(e.id, e.double) for e in up])

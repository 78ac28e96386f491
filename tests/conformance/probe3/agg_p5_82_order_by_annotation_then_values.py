# values() after annotate + order_by on the annotation, with slicing.
from django.db.models import Avg
from books.models import Publisher

qs = Publisher.objects.annotate(r=Avg("book__rating")).order_by("-r").values("name")[:2]
result = (list(qs), str(qs.query))

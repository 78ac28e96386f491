# exclude() on an aggregate annotation: NOT (HAVING ...).
from django.db.models import Count
from books.models import Publisher

qs = Publisher.objects.annotate(n=Count("book")).exclude(n__lt=4).order_by("pk")
result = ([p.name for p in qs], str(qs.query))

# Count(distinct=True) across the m2m vs plain Count.
from django.db.models import Count
from books.models import Publisher

qs = Publisher.objects.annotate(a=Count("book__authors"), d=Count("book__authors", distinct=True)).order_by("pk")
result = ([(p.name, p.a, p.d) for p in qs], str(qs.query))

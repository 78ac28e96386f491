# filter on the annotation goes to HAVING, filter on a column goes to WHERE.
from django.db.models import Count
from books.models import Publisher

qs = Publisher.objects.annotate(n=Count("book")).filter(n__gte=2, name__icontains="a")
result = (sorted(p.name for p in qs), str(qs.query))

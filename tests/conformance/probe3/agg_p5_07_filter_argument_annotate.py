# filter= on an annotation aggregate: SQLite gets CASE WHEN? Django uses FILTER (WHERE ...).
from django.db.models import Count, Q
from books.models import Publisher

qs = Publisher.objects.annotate(big=Count("book", filter=Q(book__pages__gt=400))).order_by("pk")
result = ([(p.name, p.big) for p in qs], str(qs.query))

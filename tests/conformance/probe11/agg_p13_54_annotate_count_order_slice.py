# The top-2 publishers by number of books over 400 pages.
from django.db.models import Count, Q
from books.models import Publisher

qs = Publisher.objects.annotate(big=Count("book", filter=Q(book__pages__gt=400))).order_by("-big", "name")[:2]
result = (list(qs.values_list("name", "big")), str(qs.query))

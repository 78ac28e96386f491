from django.db.models import Count
from books.models import Book
qs = Book.objects.annotate(num_authors=Count("authors")).filter(num_authors__gt=1).values_list("name", "num_authors").order_by("name")
result = (list(qs), str(qs.query))

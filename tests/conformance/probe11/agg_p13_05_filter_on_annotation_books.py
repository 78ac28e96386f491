# Publishers with more than 3 books: HAVING on a Count.
from django.db.models import Count
from books.models import Publisher

qs = Publisher.objects.annotate(num_books=Count("book")).filter(num_books__gt=3).order_by("-num_books", "name")
result = (list(qs.values_list("name", "num_books")), str(qs.query))

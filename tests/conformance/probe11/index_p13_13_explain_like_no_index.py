# LIKE with a leading wildcard cannot use an index.
from books.models import Book

result = (Book.objects.filter(name__contains="Django").explain(),
          Book.objects.filter(publisher__name__startswith="A").explain())

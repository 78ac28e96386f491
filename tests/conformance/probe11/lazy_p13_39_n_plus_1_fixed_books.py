# select_related("publisher") turns the N+1 into one JOIN.
from books.models import Book

for b in Book.objects.filter(pages__gt=800).order_by("id").select_related("publisher"):
    print(b.name, "-", b.publisher.name)

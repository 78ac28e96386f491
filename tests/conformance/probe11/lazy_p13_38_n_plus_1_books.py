# N+1 on books: one query for the books, one per book for its publisher.
from books.models import Book

for b in Book.objects.filter(pages__gt=800).order_by("id"):
    print(b.name, "-", b.publisher.name)

# latest()/earliest() on an empty set raise DoesNotExist; without a field they raise ValueError.
from books.models import Book

out = []
try:
    Book.objects.filter(pages__gt=9999).latest("pubdate")
except Book.DoesNotExist as exc:
    out.append(str(exc))
try:
    Book.objects.latest()
except ValueError as exc:
    out.append(str(exc))
out.append(Book.objects.earliest("pubdate").name)
result = out

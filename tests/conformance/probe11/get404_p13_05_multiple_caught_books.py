# MultipleObjectsReturned on books: the message gives the number found.
from books.models import Book

try:
    Book.objects.get(publisher__name="Prentice Hall")
except Book.MultipleObjectsReturned as exc:
    result = (type(exc).__qualname__, str(exc))

# Each model has its own DoesNotExist: Book's does not catch Author's.
from books.models import Book, Author

try:
    try:
        Author.objects.get(pk=999)
    except Book.DoesNotExist:
        result = "caught by Book"
except Author.DoesNotExist as exc:
    result = ("caught by Author", str(exc), issubclass(Author.DoesNotExist, Book.DoesNotExist))

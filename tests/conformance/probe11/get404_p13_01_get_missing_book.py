# get() without a match on the books app, left uncaught.
from books.models import Book

result = Book.objects.get(name="No Such Book")

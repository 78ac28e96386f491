# __str__ and repr for models with and without __str__.
from blog.models import Entry
from books.models import Book

e = Entry.objects.get(pk=1)
b = Book.objects.get(pk=1)
result = (str(e), repr(e), str(b), repr(b), repr(Book()))

# F() on an instance saved with update_fields only writes that column.
from django.db.models import F
from books.models import Book

b = Book.objects.get(pk=1)
b.pages = F("pages") + 3
b.save(update_fields=["pages"])
b.refresh_from_db(fields=["pages"])
result = b.pages

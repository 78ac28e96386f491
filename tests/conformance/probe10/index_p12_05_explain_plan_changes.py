from django.db import connection, models
from books.models import Book
qs = Book.objects.filter(pages__gt=500).order_by("pages")
before = qs.explain()
with connection.schema_editor() as ed:
    ed.add_index(Book, models.Index(fields=["pages"], name="p12_pages_idx"))
after = qs.explain()
result = (before.splitlines(), after.splitlines())

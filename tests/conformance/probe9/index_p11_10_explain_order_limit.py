from django.db import connection, models
from books.models import Book
qs = Book.objects.order_by("-pubdate")[:3]
plan1 = qs.explain()
with connection.schema_editor() as editor:
    editor.add_index(Book, models.Index(fields=["-pubdate"], name="p11_pubdate_desc"))
plan2 = qs.explain()
result = (plan1, plan2, [b.name for b in qs])

# add_index / remove_index SQL strings.
from django.db import connection, models
from books.models import Book

idx = models.Index(fields=["pages"], name="book_pages_idx")
with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(Book, idx)
    ed.remove_index(Book, idx)
result = ed.collected_sql

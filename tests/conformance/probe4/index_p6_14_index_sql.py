from django.db import connection, models
from books.models import Book
with connection.schema_editor(collect_sql=True) as editor:
    editor.add_index(Book, models.Index(fields=["pubdate", "rating"], name="book_date_rating_idx"))
result = editor.collected_sql

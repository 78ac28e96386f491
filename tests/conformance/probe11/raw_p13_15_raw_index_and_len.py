# Indexing a RawQuerySet runs the whole query; len() too (each time).
from books.models import Publisher

rows = Publisher.objects.raw("SELECT * FROM books_publisher ORDER BY name")
result = (rows[0].name, len(rows), rows[2].name)

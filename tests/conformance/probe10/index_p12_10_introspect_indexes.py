from django.db import connection, models
from books.models import Book
with connection.schema_editor() as ed:
    ed.add_index(Book, models.Index(fields=["rating", "-pubdate"], name="p12_rating_pub"))
with connection.cursor() as cur:
    cons = connection.introspection.get_constraints(cur, "books_book")
c = cons["p12_rating_pub"]
result = (c["columns"], c["orders"], c["index"], c["unique"], c["type"])

# EXPLAIN of a startswith filter after an index: LIKE is case-insensitive so the index is not used.
from django.db import connection, models
from blog.models import Author

with connection.schema_editor() as ed:
    ed.add_index(Author, models.Index(fields=["name"], name="bauthor_name"))
a = Author.objects.filter(name__startswith="J").explain()
b = Author.objects.filter(name="John").explain()
result = (a, b)

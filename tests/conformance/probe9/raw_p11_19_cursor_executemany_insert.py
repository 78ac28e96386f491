from django.db import connection
from blog.models import Author
rows = [(f"Bulk {i}", f"bulk{i}@ex.com") for i in range(3)]
with connection.cursor() as c:
    c.executemany("INSERT INTO blog_author (name, email) VALUES (%s, %s)", rows)
    rc = c.rowcount
result = (rc, list(Author.objects.filter(name__startswith="Bulk").values_list("name", flat=True)), connection.queries[-1]["sql"])

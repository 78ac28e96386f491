from django.db import connection
with connection.cursor() as c:
    c.executemany("INSERT INTO blog_author (name, email) VALUES (%s, %s)", [("A", "a@a"), ("B", "b@b")])
    n = c.rowcount
from blog.models import Author
result = (n, Author.objects.count())

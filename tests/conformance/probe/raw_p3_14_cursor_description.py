# cursor.description column names follow the SELECT aliases.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT id AS pk, name, 1 + 1 FROM blog_blog LIMIT 1")
    result = [d[0] for d in c.description]

# A tuple as a single parameter for IN %s is not expanded (unlike psycopg).
from django.db import connection

try:
    with connection.cursor() as c:
        c.execute("SELECT id FROM blog_blog WHERE id IN %s", [(1, 2)])
        outcome = c.fetchall()
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome

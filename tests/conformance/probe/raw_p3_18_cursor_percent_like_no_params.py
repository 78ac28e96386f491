# A LIKE '%...%' literal with params=None is untouched; with params it must be %%.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT COUNT(*) FROM blog_blog WHERE name LIKE '%Blog%'")
    a = c.fetchone()[0]
    c.execute("SELECT COUNT(*) FROM blog_blog WHERE name LIKE '%%Blog%%' AND id > %s", [0])
    b = c.fetchone()[0]
    try:
        c.execute("SELECT COUNT(*) FROM blog_blog WHERE name LIKE '%Blog%' AND id > %s", [0])
        e = c.fetchone()[0]
    except Exception as exc:
        e = "%s: %s" % (type(exc).__name__, exc)
result = (a, b, e)

from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = %s ORDER BY name", ["blog_entry"])
    result = [r[0] for r in c.fetchall()]

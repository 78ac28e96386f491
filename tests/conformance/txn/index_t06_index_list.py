# The indexes Django created on blog_entry and the M2M table.
from django.db import connection

with connection.cursor() as c:
    c.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%%' ORDER BY name")
    result = [r[0] for r in c.fetchall()]

from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT %s || '%%'", ("50",))
    result = c.fetchone()

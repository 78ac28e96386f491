# quoting the placeholder yourself: the value is a literal '%s'? (SQLite)
from django.db import connection

with connection.cursor() as c:
    try:
        c.execute("SELECT id FROM bank_account WHERE owner = '%s'", ["Alice"])
        r = c.fetchall()
    except Exception as e:
        r = (type(e).__name__, str(e))
result = r

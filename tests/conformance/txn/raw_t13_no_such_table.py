# A table that does not exist.
from django.db import connection

try:
    with connection.cursor() as c:
        c.execute("SELECT * FROM nope WHERE id = %s", [1])
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

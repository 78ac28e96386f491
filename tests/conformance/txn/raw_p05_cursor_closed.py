from django.db import connection
c = connection.cursor()
c.close()
try:
    c.execute("SELECT 1")
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

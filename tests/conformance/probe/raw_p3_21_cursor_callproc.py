# callproc() does not exist on SQLite; executescript is not on Django's cursor wrapper.
from django.db import connection

out = []
with connection.cursor() as c:
    for fn in (lambda: c.callproc("x"), lambda: c.execute("SELECT 1; SELECT 2")):
        try:
            fn()
            out.append("ok")
        except Exception as exc:
            out.append("%s: %s" % (type(exc).__name__, exc))
result = out

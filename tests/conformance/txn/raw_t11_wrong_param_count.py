# Too few parameters for the placeholders.
from django.db import connection

try:
    with connection.cursor() as c:
        c.execute("SELECT * FROM bank_account WHERE id = %s AND owner = %s", [1])
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

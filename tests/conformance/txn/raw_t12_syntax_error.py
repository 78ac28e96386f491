# A malformed statement raises OperationalError with SQLite's message.
from django.db import connection

try:
    with connection.cursor() as c:
        c.execute("SELEC id FROM bank_account")
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

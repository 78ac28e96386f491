# too few params for the placeholders.
from django.db import connection

try:
    with connection.cursor() as c:
        c.execute("SELECT %s, %s", [1])
except Exception as e:
    result = (type(e).__name__, str(e))

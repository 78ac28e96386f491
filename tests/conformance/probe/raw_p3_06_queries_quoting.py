# connection.queries shows parameters quoted: strings with quotes, None, dates, floats.
import datetime
from django.db import connection, reset_queries

reset_queries()
with connection.cursor() as c:
    c.execute("SELECT %s, %s, %s, %s, %s", ["O'Brien", None, datetime.date(2024, 1, 2), 1.5, True])
    row = c.fetchone()
result = (row, [q["sql"] for q in connection.queries])

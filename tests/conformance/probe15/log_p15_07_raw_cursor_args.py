# Raw cursor.execute and executemany: args as the program passed them (a list, a dict, None).
import io
import logging
from django.db import connection

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s -- %(params)r"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    with connection.cursor() as cur:
        cur.execute("SELECT %s + %s", [20, 22])
        a = cur.fetchone()
        cur.execute("SELECT COUNT(*) FROM blog_entry WHERE rating >= %(r)s", {"r": 5})
        b = cur.fetchone()
        cur.execute("SELECT 1")
        cur.executemany("UPDATE blog_entry SET rating = %s WHERE id = %s", [(9, 1), (9, 2)])
finally:
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = (a, b, buf.getvalue().splitlines())

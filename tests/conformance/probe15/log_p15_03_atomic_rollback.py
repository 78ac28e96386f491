# Logging inside atomic() that rolls back: BEGIN, the UPDATE, ROLLBACK all reach the logger.
import io
import logging
from django.db import transaction
from bank.models import Account

buf = io.StringIO()
sql_log = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s"))
sql_log.addHandler(h)
sql_log.setLevel(logging.DEBUG)
app = logging.getLogger("bank.transfer")
app.addHandler(h)
app.setLevel(logging.INFO)
app.propagate = False
try:
    try:
        with transaction.atomic():
            Account.objects.filter(pk=1).update(balance=0)
            app.info("zeroed account %d, now failing", 1)
            raise ValueError("abort")
    except ValueError as e:
        app.warning("rolled back: %s", e)
finally:
    sql_log.removeHandler(h)
    sql_log.setLevel(logging.NOTSET)
    app.removeHandler(h)
result = (buf.getvalue().splitlines(), Account.objects.get(pk=1).balance != 0)

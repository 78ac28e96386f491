# transaction.rollback() and set_autocommit() are forbidden inside atomic().
from django.db import transaction

out = []
with transaction.atomic():
    for fn in (transaction.rollback, lambda: transaction.set_autocommit(True)):
        try:
            fn()
            out.append("no error")
        except Exception as exc:
            out.append("%s: %s" % (type(exc).__name__, exc))
result = out

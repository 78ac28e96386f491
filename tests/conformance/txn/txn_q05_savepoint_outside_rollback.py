from django.db import transaction
try:
    transaction.savepoint_rollback("s1")
    result = "no error"
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

from django.db import transaction
try:
    transaction.on_commit(None)
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

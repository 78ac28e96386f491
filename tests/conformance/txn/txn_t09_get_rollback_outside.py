# The rollback flag only exists inside atomic().
from django.db import transaction

try:
    transaction.get_rollback()
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

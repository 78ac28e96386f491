# savepoint_rollback with a bogus id inside atomic.
from django.db import transaction

try:
    with transaction.atomic():
        transaction.savepoint_rollback("s_nope")
except Exception as e:
    result = (type(e).__name__, str(e))

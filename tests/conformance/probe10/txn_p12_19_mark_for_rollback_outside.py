from django.db import transaction, connection
out = []
try:
    with transaction.mark_for_rollback_on_error():
        raise ValueError("outside")
except ValueError as exc:
    out.append(str(exc))
out.append(connection.needs_rollback)
result = out

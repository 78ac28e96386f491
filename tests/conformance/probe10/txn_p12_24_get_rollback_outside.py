from django.db import transaction
out = []
for fn in (transaction.get_rollback, lambda: transaction.set_rollback(True)):
    try:
        out.append(fn())
    except Exception as exc:
        out.append((type(exc).__name__, str(exc)))
result = out

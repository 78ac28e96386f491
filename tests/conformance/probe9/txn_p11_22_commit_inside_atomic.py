from django.db import transaction
out = []
with transaction.atomic():
    for fn in (transaction.commit, transaction.rollback, lambda: transaction.set_autocommit(True)):
        try:
            fn()
        except Exception as exc:
            out.append((type(exc).__name__, str(exc)))
result = out

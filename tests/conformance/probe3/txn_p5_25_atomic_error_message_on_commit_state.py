# get_rollback after an inner exception caught without atomic.
from django.db import transaction

with transaction.atomic():
    try:
        with transaction.atomic():
            raise ValueError
    except ValueError:
        pass
    r1 = transaction.get_rollback()
    transaction.set_rollback(True)
    r2 = transaction.get_rollback()
    transaction.set_rollback(False)
    r3 = transaction.get_rollback()
result = (r1, r2, r3)

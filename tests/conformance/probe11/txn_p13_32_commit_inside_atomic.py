# transaction.commit() inside atomic() is forbidden.
from django.db import transaction

try:
    with transaction.atomic():
        transaction.commit()
except transaction.TransactionManagementError as exc:
    result = str(exc)

# Catching IntegrityError inside atomic() without an inner block breaks the transaction.
from django.db import transaction, IntegrityError
from django.db.transaction import TransactionManagementError
from bank.models import Account

try:
    with transaction.atomic():
        try:
            Account.objects.create(owner=None, balance=2)
        except IntegrityError:
            pass
        Account.objects.count()
except TransactionManagementError as exc:
    result = (type(exc).__name__, str(exc))

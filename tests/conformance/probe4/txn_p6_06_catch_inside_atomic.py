from django.db import transaction, IntegrityError
from bank.models import Account, Transfer
try:
    with transaction.atomic():
        Account.objects.create(owner="Eve", balance=1)
        try:
            Transfer.objects.create(source_id=1, target_id=999, amount=1)
        except IntegrityError:
            pass
        n = Account.objects.count()
except Exception as exc:
    n = (type(exc).__name__, str(exc))
result = (n, Account.objects.count())

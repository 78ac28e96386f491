from django.db import transaction, IntegrityError
from bank.models import Account
with transaction.atomic():
    Account.objects.create(owner="Keep", balance=1)
    try:
        Account.objects.create(owner=None, balance=1)
    except IntegrityError:
        transaction.set_rollback(False)
    n = Account.objects.count()
result = (n, Account.objects.filter(owner="Keep").exists())

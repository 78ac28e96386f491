# The right way: wrap the failing statement in its own atomic() (a savepoint).
from django.db import transaction, IntegrityError
from bank.models import Account

with transaction.atomic():
    Account.objects.create(owner="Kept", balance=1)
    try:
        with transaction.atomic():
            Account.objects.create(owner=None, balance=5)
    except IntegrityError:
        pass
    n = Account.objects.count()
result = (n, Account.objects.filter(owner="Kept").exists())

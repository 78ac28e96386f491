from bank.models import Account, Transfer
from django.db import transaction, IntegrityError
out = []
with transaction.atomic():
    out.append(transaction.get_rollback())
    try:
        with transaction.atomic():
            Account.objects.create(owner=None)
    except IntegrityError:
        out.append(transaction.get_rollback())
    out.append(Account.objects.count())
result = out

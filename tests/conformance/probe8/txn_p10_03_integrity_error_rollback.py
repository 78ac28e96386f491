from bank.models import Account, Transfer
from django.db import transaction, IntegrityError
try:
    with transaction.atomic():
        Account.objects.filter(pk=1).update(balance=0)
        Transfer.objects.create(source_id=1, target_id=99, amount=5)
except IntegrityError as e:
    r = type(e).__name__
result = (r, Account.objects.get(pk=1).balance, Transfer.objects.count())

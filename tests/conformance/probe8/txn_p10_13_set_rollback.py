from bank.models import Account, Transfer
from django.db import transaction
with transaction.atomic():
    Account.objects.filter(pk=4).update(balance=0)
    transaction.set_rollback(True)
result = Account.objects.get(pk=4).balance

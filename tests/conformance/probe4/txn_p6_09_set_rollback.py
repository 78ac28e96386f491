from django.db import transaction
from bank.models import Account
with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=0)
    transaction.set_rollback(True)
result = Account.objects.get(pk=1).balance

# A durable block at the top level commits like a plain atomic block.
from django.db import transaction
from bank.models import Account

with transaction.atomic(durable=True):
    Account.objects.filter(pk=1).update(balance=7)
result = Account.objects.get(pk=1).balance

# set_rollback(True) rolls the block back without an exception.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=999)
    transaction.set_rollback(True)
    flag = transaction.get_rollback()
result = (flag, Account.objects.get(pk=1).balance)

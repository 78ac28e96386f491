from django.db import transaction
from bank.models import Account

@transaction.atomic
def open_account(owner):
    return Account.objects.create(owner=owner)

a = open_account("Zed")
result = (a.pk, a.balance, a.owner)

# get_or_create() inside atomic(): its own savepoint around the INSERT.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    a, created = Account.objects.get_or_create(owner="Zed", defaults={"balance": 7})
    b, created2 = Account.objects.get_or_create(owner="Zed", defaults={"balance": 9})
result = (created, created2, a.pk == b.pk, b.balance)

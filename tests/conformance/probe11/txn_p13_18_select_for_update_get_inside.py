# select_for_update().get() inside atomic(): SQLite ignores the lock.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    a = Account.objects.select_for_update().get(owner="Alice")
    a.balance += 1
    a.save()
result = Account.objects.get(owner="Alice").balance

# select_for_update() inside atomic(): SQLite has no FOR UPDATE, the SQL is plain.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    acc = Account.objects.select_for_update().get(pk=1)
    acc.balance -= 10
    acc.save()
result = Account.objects.get(pk=1).balance

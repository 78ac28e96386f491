# a failing row in bulk_create inside atomic: nothing is saved.
from django.db import IntegrityError, transaction
from bank.models import Account

try:
    with transaction.atomic():
        Account.objects.create(owner="A1")
        Account.objects.bulk_create([Account(owner="B1"), Account(pk=1, owner="dup")])
except IntegrityError as e:
    err = type(e).__name__
result = (err, Account.objects.count())

# assertNumQueries counting the statements of an atomic block (savepoints too).
from django.test import TestCase
from django.db import transaction
from bank.models import Account

tc = TestCase()
with tc.assertNumQueries(3):
    with transaction.atomic():
        with transaction.atomic():
            Account.objects.filter(pk=1).update(balance=0)
result = Account.objects.get(pk=1).balance

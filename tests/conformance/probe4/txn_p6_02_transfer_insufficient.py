from django.db import transaction
from bank.models import Account

class Insufficient(Exception):
    pass

def transfer(src, dst, amount):
    with transaction.atomic():
        a = Account.objects.select_for_update().get(pk=src)
        b = Account.objects.select_for_update().get(pk=dst)
        if a.balance < amount:
            raise Insufficient(f"{a.owner} has only {a.balance}")
        a.balance -= amount
        b.balance += amount
        a.save()
        b.save()

try:
    transfer(3, 1, 10)
except Insufficient as exc:
    msg = str(exc)
transfer(4, 3, 10)
result = (msg, list(Account.objects.order_by("id").values_list("balance", flat=True)))

from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
@transaction.atomic
def pay(src, dst, amt):
    Account.objects.filter(pk=src).update(balance=F("balance") - amt)
    if Account.objects.get(pk=src).balance < 0:
        raise ValueError("insufficient")
    Account.objects.filter(pk=dst).update(balance=F("balance") + amt)
try:
    pay(2, 3, 60)
except ValueError as e:
    msg = str(e)
pay(2, 3, 20)
result = (msg, list(Account.objects.order_by("id").values_list("balance", flat=True)), connection.get_autocommit(), connection.in_atomic_block)

from django.db import transaction
from bank.models import Account

@transaction.atomic
def pay(pk, amount):
    acc = Account.objects.get(pk=pk)
    acc.balance -= amount
    acc.save(update_fields=["balance"])
    if acc.balance < 0:
        raise ValueError("negative")
    return acc.balance

ok = pay(1, 10)
try:
    pay(2, 500)
except ValueError:
    pass
result = (ok, list(Account.objects.order_by("id").values_list("balance", flat=True)))

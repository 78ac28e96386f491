from django.db import transaction, IntegrityError, connection
from django.db.models import F
from bank.models import Account
def transfer(src, dst, amount):
    with transaction.atomic():
        a = Account.objects.select_for_update().get(pk=src)
        if a.balance < amount:
            raise ValueError("insufficient funds")
        Account.objects.filter(pk=src).update(balance=F("balance") - amount)
        Account.objects.filter(pk=dst).update(balance=F("balance") + amount)
before = list(Account.objects.order_by("pk").values_list("balance", flat=True)[:2])
transfer(1, 2, 10)
try:
    transfer(1, 2, 10**9)
except ValueError as e:
    print("refused:", e)
print(connection.in_atomic_block)
after = list(Account.objects.order_by("pk").values_list("balance", flat=True)[:2])
print(before, after)
for q in connection.queries:
    print(q["sql"])
result = after

from django.db import transaction, connection
from bank.models import Account

@transaction.atomic
def withdraw(pk, amount):
    acc = Account.objects.select_for_update().get(pk=pk)
    acc.balance -= amount
    acc.save(update_fields=["balance"])
    if acc.balance < 0:
        raise ValueError(f"overdrawn: {acc.balance}")
    return acc.balance

out = []
for amt in (30, 100):
    try:
        out.append(withdraw(2, amt))
    except ValueError as exc:
        out.append(str(exc))
result = (out, Account.objects.get(pk=2).balance, [q["sql"] for q in connection.queries])

from django.db import transaction
from django.db.models import F
from bank.models import Account, Transfer

def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    with transaction.atomic():
        updated = Account.objects.filter(pk=src, balance__gte=amount).update(balance=F("balance") - amount)
        if not updated:
            raise ValueError(f"account {src} cannot pay {amount}")
        Account.objects.filter(pk=dst).update(balance=F("balance") + amount)
        Transfer.objects.create(source_id=src, target_id=dst, amount=amount)

report = []
for args in [(1, 3, 40), (3, 1, 100), (2, 1, 0), (4, 3, 500)]:
    try:
        transfer(*args)
        report.append("ok")
    except ValueError as exc:
        report.append(str(exc))
result = (report, dict(Account.objects.values_list("owner", "balance")), Transfer.objects.count())

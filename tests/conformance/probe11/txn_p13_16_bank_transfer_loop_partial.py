# Several transfers, each in its own atomic(): failures do not undo the earlier successes.
from django.db import transaction
from django.db.models import F
from bank.models import Account


def move(src, dst, amount):
    with transaction.atomic():
        Account.objects.filter(pk=src).update(balance=F("balance") - amount)
        Account.objects.filter(pk=dst).update(balance=F("balance") + amount)
        if Account.objects.get(pk=src).balance < 0:
            raise ValueError(f"overdraft on {src}")


log = []
for src, dst, amount in [(4, 1, 100), (3, 2, 10), (1, 3, 50)]:
    try:
        move(src, dst, amount)
        log.append("ok")
    except ValueError as exc:
        log.append(str(exc))
result = (log, list(Account.objects.order_by("id").values_list("balance", flat=True)))

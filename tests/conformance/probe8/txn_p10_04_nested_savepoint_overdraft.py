from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
done = []
with transaction.atomic():
    for src, dst, amt in [(4, 3, 100), (3, 2, 500), (1, 3, 20)]:
        try:
            with transaction.atomic():
                Account.objects.filter(pk=src).update(balance=F("balance") - amt)
                Account.objects.filter(pk=dst).update(balance=F("balance") + amt)
                if Account.objects.get(pk=src).balance < 0:
                    raise ValueError("no")
                done.append((src, dst))
        except ValueError:
            pass
result = (done, list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries])

from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F, Sum
before = Account.objects.aggregate(t=Sum("balance"))["t"]
try:
    with transaction.atomic():
        Account.objects.update(balance=F("balance") * 2)
        mid = Account.objects.aggregate(t=Sum("balance"))["t"]
        raise RuntimeError("abort")
except RuntimeError:
    pass
after = Account.objects.aggregate(t=Sum("balance"))["t"]
result = (before, mid, after, [q["sql"] for q in connection.queries])

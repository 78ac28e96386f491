from django.db import transaction, connection
from django.db.models import F
from bank.models import Account
with transaction.atomic():
    accounts = Account.objects.select_for_update().filter(pk__in=[1, 2]).order_by("pk")
    for acc in accounts:
        acc.balance = F("balance") * 2
        acc.save(update_fields=["balance"])
result = (list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries])

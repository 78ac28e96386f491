from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
with transaction.atomic():
    accs = list(Account.objects.select_for_update().filter(pk__in=[1, 2]).order_by("id"))
    Account.objects.filter(pk=1).update(balance=F("balance") - 30)
    Account.objects.filter(pk=2).update(balance=F("balance") + 30)
    Transfer.objects.create(source_id=1, target_id=2, amount=30)
result = ([a.balance for a in accs], list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries])

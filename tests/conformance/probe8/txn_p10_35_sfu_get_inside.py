from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
with transaction.atomic():
    src = Account.objects.select_for_update().get(owner="Dave")
    dst = Account.objects.select_for_update().get(owner="Carol")
    Account.objects.filter(pk__in=[src.pk]).update(balance=F("balance") - 300)
    Account.objects.filter(pk=dst.pk).update(balance=F("balance") + 300)
    src.refresh_from_db()
result = (src.balance, [q["sql"] for q in connection.queries])

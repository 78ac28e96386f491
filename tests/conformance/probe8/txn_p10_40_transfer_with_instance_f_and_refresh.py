from bank.models import Account, Transfer
from django.db import transaction, connection
from django.db.models import F
with transaction.atomic():
    src = Account.objects.select_for_update().get(pk=4)
    dst = Account.objects.select_for_update().get(pk=3)
    src.balance = F("balance") - 250
    dst.balance = F("balance") + 250
    src.save(update_fields=["balance"])
    dst.save(update_fields=["balance"])
    Transfer.objects.create(source=src, target=dst, amount=250)
src.refresh_from_db()
dst.refresh_from_db()
result = (src.balance, dst.balance, [q["sql"] for q in connection.queries])

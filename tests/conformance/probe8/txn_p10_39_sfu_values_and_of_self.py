from bank.models import Account, Transfer
from django.db import transaction, connection
with transaction.atomic():
    a = list(Account.objects.select_for_update(of=("self",)).values("id", "balance").filter(balance__gt=50).order_by("id"))
    b = list(Transfer.objects.select_for_update().select_related("target").values_list("target__owner", flat=True).order_by("id"))
result = (a, b, [q["sql"] for q in connection.queries])

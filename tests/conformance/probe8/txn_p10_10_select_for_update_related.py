from bank.models import Account, Transfer
from django.db import transaction, connection
with transaction.atomic():
    ts = list(Transfer.objects.select_related("source", "target").select_for_update(of=("self", "source")).order_by("id"))
result = ([(t.source.owner, t.target.owner) for t in ts], [q["sql"] for q in connection.queries])

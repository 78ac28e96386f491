from bank.models import Account, Transfer
from django.db import transaction, connection
with transaction.atomic():
    r = [t.id for t in Transfer.objects.select_for_update(of=("nope",)).order_by("id")]
result = (r, [q["sql"] for q in connection.queries])

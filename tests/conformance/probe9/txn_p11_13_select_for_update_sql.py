from django.db import transaction, connection
from bank.models import Account
with transaction.atomic():
    locked = list(Account.objects.select_for_update().filter(balance__gt=0).order_by("id")[:2])
result = ([a.id for a in locked], [q["sql"] for q in connection.queries])

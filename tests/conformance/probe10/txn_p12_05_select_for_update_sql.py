from django.db import transaction, connection
from bank.models import Account
with transaction.atomic():
    rows = list(Account.objects.select_for_update().filter(balance__gt=10).order_by("id"))
    q = str(Account.objects.select_for_update(nowait=True).filter(pk=1).query)
result = ([a.owner for a in rows], connection.queries[-1]["sql"], q)

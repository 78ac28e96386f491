from bank.models import Account, Transfer
from django.db import transaction, connection
with transaction.atomic():
    a = list(Account.objects.select_for_update(nowait=True).filter(pk=1))
    b = list(Account.objects.select_for_update(skip_locked=True).filter(pk=2))
result = ([x.owner for x in a + b], [q["sql"] for q in connection.queries])

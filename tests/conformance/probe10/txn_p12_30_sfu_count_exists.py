from django.db import transaction, connection
from bank.models import Account
with transaction.atomic():
    n = Account.objects.select_for_update().filter(balance__gt=0).count()
    e = Account.objects.select_for_update().filter(owner="Bob").exists()
    u = Account.objects.select_for_update().filter(pk=1).update(balance=5)
result = (n, e, u, [q["sql"] for q in connection.queries])

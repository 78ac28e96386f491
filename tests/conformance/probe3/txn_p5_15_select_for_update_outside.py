# select_for_update outside atomic raises on evaluation only.
from django.db import transaction
from bank.models import Account

qs = Account.objects.select_for_update()
try:
    list(qs)
except Exception as e:
    err = (type(e).__name__, str(e))
with transaction.atomic():
    n = len(list(Account.objects.select_for_update().filter(balance__gt=0)))
result = (err, n)

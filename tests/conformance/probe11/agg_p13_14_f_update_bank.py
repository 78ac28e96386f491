# update(balance=F("balance") * 2) in the database; values change without loading rows.
from django.db.models import F
from bank.models import Account

n = Account.objects.filter(balance__lt=100).update(balance=F("balance") * 2 + 1)
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)))

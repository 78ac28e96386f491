from django.db.models import F, Value
from django.db.models.functions import Greatest, Least
from bank.models import Account
n = Account.objects.update(balance=Least(Greatest(F("balance") - 60, Value(0)), Value(500)))
result = (n, list(Account.objects.order_by("id").values_list("owner", "balance")))

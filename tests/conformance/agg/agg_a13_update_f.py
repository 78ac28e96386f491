# QuerySet.update() with F(): the database does the arithmetic.
from django.db.models import F
from bank.models import Account

n = Account.objects.filter(balance__gte=100).update(balance=F("balance") - 40)
result = (n, list(Account.objects.order_by("id").values_list("id", "balance")))

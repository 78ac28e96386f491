# functools.reduce summing balances against Sum().
from functools import reduce
from django.db.models import Sum
from bank.models import Account

py = reduce(lambda acc, a: acc + a.balance, Account.objects.all(), 0)
db = Account.objects.aggregate(total=Sum("balance"))
result = (py, db)

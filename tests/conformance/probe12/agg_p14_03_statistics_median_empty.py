# statistics on an empty queryset raises; Avg returns None.
import statistics
from django.db.models import Avg
from bank.models import Account

vals = list(Account.objects.filter(balance__lt=-1000).values_list("balance", flat=True))
try:
    statistics.mean(vals)
except statistics.StatisticsError as exc:
    err = str(exc)
result = (err, Account.objects.filter(balance__lt=-1000).aggregate(Avg("balance")))

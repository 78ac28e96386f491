# A chain of filter/exclude/order_by on accounts only compiles when str(qs.query) is asked.
from bank.models import Account

qs = Account.objects.filter(balance__gte=50)
qs = qs.exclude(owner__startswith="D")
qs = qs.order_by("-balance", "owner")
result = str(qs.query)

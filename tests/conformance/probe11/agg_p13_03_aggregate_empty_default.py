# Aggregating an empty set: None, unless default= is given; Count is 0.
from django.db.models import Sum, Avg, Count
from bank.models import Account

result = Account.objects.filter(balance__gt=10**6).aggregate(s=Sum("balance"), a=Avg("balance"),
                                                             d=Sum("balance", default=0), n=Count("id"))

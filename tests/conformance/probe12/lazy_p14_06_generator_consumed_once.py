# A generator is consumed once; the queryset behind it can be iterated again (cached).
from bank.models import Account

qs = Account.objects.filter(balance__gt=0).order_by("pk")
gen = (a.pk for a in qs)
first = list(gen)
second = list(gen)
again = [a.pk for a in qs]
result = (first, second, again)

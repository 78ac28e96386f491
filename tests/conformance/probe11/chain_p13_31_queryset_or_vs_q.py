# qs1 | qs2 and filter(Q | Q) give the same SQL.
from django.db.models import Q
from bank.models import Account

a = Account.objects.filter(owner="Alice") | Account.objects.filter(balance__gt=500)
b = Account.objects.filter(Q(owner="Alice") | Q(balance__gt=500))
result = (str(a.query) == str(b.query), str(a.query), sorted(x.owner for x in a))

# A chain continued with backslashes gives the same SQL as the one-liner.
from bank.models import Account

a = Account.objects.filter(balance__gt=0).exclude(owner="Dave").order_by("owner")
b = Account.objects \
    .filter(balance__gt=0) \
    .exclude(owner="Dave") \
    .order_by("owner")
result = (str(a.query) == str(b.query), str(b.query), [x.owner for x in b])

# Iterating prints each row; one SELECT for the whole loop.
from bank.models import Account

for a in Account.objects.filter(balance__gt=0).order_by("owner"):
    print(a.owner, a.balance)

# iterator() on an evaluated QuerySet ignores the cache and queries again.
from bank.models import Account

qs = Account.objects.order_by("id")
list(qs)
again = [a.owner for a in qs.iterator()]
result = again

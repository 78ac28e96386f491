# delete() on an evaluated QuerySet clears its cache; iterating again queries.
from bank.models import Account

qs = Account.objects.filter(owner="Dave")
first = list(qs)
deleted = qs.delete()
again = list(qs)
result = (len(first), deleted, again)

# in_bulk() fetches several rows in one query and returns a dict keyed by pk.
from bank.models import Account

d = Account.objects.in_bulk([1, 3, 99])
result = sorted((k, v.owner) for k, v in d.items())

# A generator pipeline over a QuerySet (filter in Python) against filter() in SQL.
from bank.models import Account


def rich(accounts, limit):
    for a in accounts:
        if a.balance >= limit:
            yield a.owner


py = list(rich(Account.objects.order_by("id"), 100))
db = list(Account.objects.filter(balance__gte=100).order_by("id").values_list("owner", flat=True))
result = (py, db, py == db)

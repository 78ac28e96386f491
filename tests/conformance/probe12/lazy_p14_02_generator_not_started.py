# A generator over a QuerySet runs no SQL until next() is called.
from bank.models import Account

def owners():
    for acc in Account.objects.order_by("owner"):
        yield acc.owner

gen = owners()
result = next(gen)

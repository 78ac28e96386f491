# The generator's query runs at the first next(), not when it is created.
from django.db import connection
from bank.models import Account


def owners():
    print("start")
    for a in Account.objects.order_by("id"):
        yield a.owner


g = owners()
n0 = len(connection.queries)
first = next(g)
n1 = len(connection.queries)
rest = list(g)
result = (n0, n1, first, rest)

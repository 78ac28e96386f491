# connection.queries shows each query's SQL and time; reset_queries() empties it.
from django.db import connection, reset_queries
from bank.models import Account

list(Account.objects.filter(owner__in=["Alice", "Bob"]))
first = [q["sql"] for q in connection.queries]
keys = sorted(connection.queries[0].keys())
reset_queries()
result = (first, keys, len(connection.queries))

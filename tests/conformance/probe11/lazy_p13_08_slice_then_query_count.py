# Slicing stays lazy; only the list() runs SQL (LIMIT 3 OFFSET 2).
from django.db import connection
from bank.models import Account

qs = Account.objects.order_by("-balance")[1:4]
n0 = len(connection.queries)
owners = [a.owner for a in qs]
result = (n0, len(connection.queries), owners)

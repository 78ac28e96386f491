from bank.models import Account, Transfer
from django.db import connection
r = Account.objects.filter(pk=3).delete()
result = (r, [q["sql"] for q in connection.queries])

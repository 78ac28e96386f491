from bank.models import Account, Transfer
from django.db.models import Sum
from django.db import connection
objs = Transfer.objects.bulk_create([Transfer(source_id=4, target_id=i, amount=i * 10) for i in (1, 2, 3)])
result = ([o.id for o in objs], Transfer.objects.aggregate(Sum("amount")), [q["sql"] for q in connection.queries])

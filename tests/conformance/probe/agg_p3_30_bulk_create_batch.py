# bulk_create(batch_size=2) with 5 objects: 3 INSERT statements in a transaction.
from bank.models import Account

objs = Account.objects.bulk_create([Account(owner="o%d" % i, balance=i) for i in range(5)], batch_size=2)
result = [o.pk for o in objs]

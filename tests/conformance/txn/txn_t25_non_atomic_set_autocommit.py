# set_autocommit(False): Django opens a transaction implicitly; commit() ends it.
from django.db import transaction
from bank.models import Account

transaction.set_autocommit(False)
Account.objects.filter(pk=1).update(balance=5)
transaction.rollback()
Account.objects.filter(pk=2).update(balance=6)
transaction.commit()
transaction.set_autocommit(True)
result = list(Account.objects.order_by("id").values_list("balance", flat=True))

from django.db import transaction, connection
from bank.models import Account
states = [transaction.get_autocommit()]
transaction.set_autocommit(False)
states.append(transaction.get_autocommit())
try:
    Account.objects.filter(pk=1).update(balance=999)
    transaction.rollback()
    Account.objects.filter(pk=2).update(balance=888)
    transaction.commit()
finally:
    transaction.set_autocommit(True)
states.append(transaction.get_autocommit())
result = (states, list(Account.objects.order_by("id").values_list("balance", flat=True)[:2]))

# @transaction.atomic without parentheses; exception rolls back.
from django.db import transaction
from bank.models import Account


@transaction.atomic
def transfer(a, b, amount):
    Account.objects.filter(pk=a).update(balance=models_F("balance") - amount)
    Account.objects.filter(pk=b).update(balance=models_F("balance") + amount)
    if amount > 60:
        raise ValueError("too much")


from django.db.models import F as models_F
transfer(1, 2, 30)
try:
    transfer(1, 2, 70)
except ValueError:
    pass
result = (transfer.__name__, list(Account.objects.order_by("pk").values_list("balance", flat=True)))

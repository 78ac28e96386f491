# @atomic(durable=True) as decorator, called at top level and nested.
from django.db import transaction
from bank.models import Account


@transaction.atomic(durable=True)
def bump():
    Account.objects.filter(pk=1).update(balance=7)
    return "ok"


a = bump()
try:
    with transaction.atomic():
        bump()
except RuntimeError as e:
    b = str(e)
result = (a, b, Account.objects.get(pk=1).balance)

# atomic(savepoint=False) as a decorator inside another atomic block.
from django.db import transaction
from bank.models import Account


@transaction.atomic(savepoint=False)
def touch(pk):
    Account.objects.filter(pk=pk).update(balance=0)


with transaction.atomic():
    touch(1)
    touch(2)
result = list(Account.objects.order_by("id").values_list("balance", flat=True))

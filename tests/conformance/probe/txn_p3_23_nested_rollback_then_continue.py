# After an inner block rolls back, the outer block keeps working and commits.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.filter(pk=1).update(balance=1)
    try:
        with transaction.atomic():
            Account.objects.filter(pk=2).update(balance=2)
            raise ValueError
    except ValueError:
        pass
    Account.objects.filter(pk=3).update(balance=3)
result = list(Account.objects.order_by("id").values_list("balance", flat=True))

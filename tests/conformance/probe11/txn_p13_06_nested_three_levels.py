# Three levels of atomic(): the middle one fails, taking the innermost with it.
from django.db import transaction
from bank.models import Account

with transaction.atomic():
    Account.objects.create(owner="L1", balance=1)
    try:
        with transaction.atomic():
            Account.objects.create(owner="L2", balance=2)
            with transaction.atomic():
                Account.objects.create(owner="L3", balance=3)
            raise RuntimeError("middle")
    except RuntimeError:
        pass
result = list(Account.objects.filter(id__gt=4).values_list("owner", flat=True))

# IntegrityError caught around an inner atomic, then the outer block continues.
from django.db import IntegrityError, transaction
from bank.models import Account, Transfer

with transaction.atomic():
    Account.objects.create(owner="Dan", balance=5)
    try:
        with transaction.atomic():
            Transfer.objects.create(source_id=999, target_id=1, amount=1)
    except IntegrityError as e:
        err = type(e).__name__
    Account.objects.create(owner="Eve", balance=6)
result = (err, list(Account.objects.order_by("pk").values_list("owner", flat=True)))

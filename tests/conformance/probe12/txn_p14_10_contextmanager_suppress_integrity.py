# contextlib.suppress(IntegrityError) around a nested atomic block.
from contextlib import suppress
from django.db import transaction, IntegrityError
from bank.models import Account

with transaction.atomic():
    with suppress(IntegrityError):
        with transaction.atomic():
            Account.objects.create(pk=1, owner="Dup", balance=0)
    Account.objects.create(owner="Fresh", balance=2)
result = (Account.objects.filter(owner="Dup").count(), Account.objects.filter(owner="Fresh").count())

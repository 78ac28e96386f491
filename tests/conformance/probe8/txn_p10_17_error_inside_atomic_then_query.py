from bank.models import Account, Transfer
from django.db import transaction, IntegrityError
try:
    with transaction.atomic():
        Transfer.objects.create(source_id=1, target_id=2, amount=None)
except IntegrityError:
    pass
with transaction.atomic():
    try:
        with transaction.atomic():
            Account.objects.create(owner=None)
    except IntegrityError as ex:
        msg = str(ex)
    n = Account.objects.count()
result = (msg, n)

from bank.models import Account, Transfer
from django.db import transaction, IntegrityError
try:
    with transaction.atomic():
        try:
            Account.objects.create(owner=None)
        except IntegrityError:
            pass
        Account.objects.count()
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r

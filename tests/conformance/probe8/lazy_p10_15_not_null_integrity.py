from bank.models import Account, Transfer
from django.db import IntegrityError
try:
    Transfer.objects.create(source_id=1, target_id=2, amount=None)
    r = "ok"
except IntegrityError as ex:
    r = (type(ex).__name__, str(ex))
result = r

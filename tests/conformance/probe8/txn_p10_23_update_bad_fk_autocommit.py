from bank.models import Account, Transfer
try:
    from django.db import IntegrityError
    Transfer.objects.filter(pk=1).update(target_id=99)
    r = ("ok", Transfer.objects.get(pk=1).target_id)
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r

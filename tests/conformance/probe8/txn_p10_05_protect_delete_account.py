from bank.models import Account, Transfer
from django.db.models import ProtectedError
try:
    Account.objects.get(pk=1).delete()
    r = "deleted"
except ProtectedError as e:
    r = (type(e).__name__, str(e.args[0]), sorted(t.id for t in e.protected_objects))
result = (r, Account.objects.count())

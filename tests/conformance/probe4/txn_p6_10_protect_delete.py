from django.db.models import ProtectedError
from bank.models import Account
try:
    Account.objects.get(pk=1).delete()
except ProtectedError as exc:
    result = (type(exc).__name__, exc.args[0], sorted(str(o) for o in exc.protected_objects))

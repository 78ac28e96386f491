# Deleting an account referenced by a transfer: PROTECT raises ProtectedError.
from django.db.models import ProtectedError
from bank.models import Account

try:
    Account.objects.get(pk=1).delete()
except ProtectedError as exc:
    result = (type(exc).__name__, exc.args[0], sorted(t.pk for t in exc.protected_objects))

# PROTECT: deleting an account with transfers raises ProtectedError.
from django.db.models import ProtectedError
from bank.models import Account, Transfer

acc = Account.objects.filter(outgoing__isnull=False).first()
try:
    acc.delete()
    result = "deleted"
except ProtectedError as exc:
    result = (str(exc)[:120], len(exc.protected_objects))

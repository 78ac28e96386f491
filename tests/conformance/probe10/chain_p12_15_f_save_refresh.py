from django.db.models import F
from bank.models import Account
a = Account.objects.get(pk=3)
a.balance = F("balance") + 5
a.save()
try:
    shown = a.balance + 1
except Exception as exc:
    shown = (type(exc).__name__, str(exc))
a.refresh_from_db()
result = (repr(shown) if not isinstance(shown, tuple) else shown, a.balance)

from django.db import transaction
from bank.models import Account
out = []
try:
    list(Account.objects.select_for_update())
    out.append("ran")
except Exception as exc:
    out.append((type(exc).__name__, str(exc)))
qs = Account.objects.select_for_update()
out.append(type(qs).__name__)
try:
    Account.objects.select_for_update().get(pk=1)
except Exception as exc:
    out.append((type(exc).__name__, str(exc)))
result = out

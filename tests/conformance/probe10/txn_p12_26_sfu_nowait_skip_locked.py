from django.db import transaction
from bank.models import Account
try:
    with transaction.atomic():
        list(Account.objects.select_for_update(nowait=True, skip_locked=True))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))

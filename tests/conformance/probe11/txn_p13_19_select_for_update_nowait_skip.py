# nowait=True together with skip_locked=True is refused when the query runs.
from django.db import transaction
from bank.models import Account

try:
    with transaction.atomic():
        list(Account.objects.select_for_update(nowait=True, skip_locked=True))
    result = "ok"
except ValueError as exc:
    result = str(exc)

# select_for_update(nowait=True, skip_locked=True) together is an error even on SQLite.
from django.db import transaction
from bank.models import Account

try:
    with transaction.atomic():
        list(Account.objects.select_for_update(nowait=True, skip_locked=True))
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

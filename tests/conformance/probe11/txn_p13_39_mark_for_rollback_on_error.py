# mark_for_rollback_on_error() inside atomic(): the error marks the block for rollback.
from django.db import transaction
from bank.models import Account

try:
    with transaction.atomic():
        Account.objects.create(owner="M", balance=1)
        try:
            with transaction.mark_for_rollback_on_error():
                raise KeyError("x")
        except KeyError:
            pass
        flag = transaction.get_rollback()
except Exception as exc:
    flag = str(exc)
result = (flag, Account.objects.filter(owner="M").exists())

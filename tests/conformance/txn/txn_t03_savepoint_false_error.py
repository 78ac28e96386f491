# An error in an inner atomic(savepoint=False) marks the outer block for rollback.
from django.db import transaction
from bank.models import Account

out = []
try:
    with transaction.atomic():
        Account.objects.create(owner="Zed", balance=1)
        try:
            with transaction.atomic(savepoint=False):
                raise ValueError("inner")
        except ValueError:
            out.append("caught inner")
        out.append(transaction.get_rollback())
        Account.objects.count()
except Exception as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
result = (out, Account.objects.filter(owner="Zed").exists())

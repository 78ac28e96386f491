# After a caught database error inside atomic(), further queries are refused.
from django.db import transaction, IntegrityError
from bank.models import Account

out = []
try:
    with transaction.atomic():
        try:
            Account.objects.create(owner=None, balance=5)
        except IntegrityError:
            out.append("caught")
        Account.objects.count()
except Exception as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
result = out

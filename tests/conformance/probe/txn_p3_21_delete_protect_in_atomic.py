# ProtectedError inside atomic(): it is raised before any DELETE; the block can continue.
from django.db import transaction
from django.db.models import ProtectedError
from bank.models import Account

with transaction.atomic():
    try:
        Account.objects.get(pk=1).delete()
    except ProtectedError as exc:
        msg = exc.args[0]
        objs = sorted(t.pk for t in exc.protected_objects)
    Account.objects.filter(pk=4).update(balance=1)
result = (msg, objs, Account.objects.get(pk=4).balance)

from django.db import transaction, IntegrityError
from bank.models import Account
out = []
try:
    with transaction.atomic():
        try:
            Account.objects.filter(pk=1).update(owner=None)
        except IntegrityError as e:
            out.append(str(e))
        Account.objects.filter(pk=2).update(balance=1)
except Exception as exc:
    out.append(type(exc).__name__)
result = (out, Account.objects.get(pk=2).balance)

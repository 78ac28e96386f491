# IntegrityError caught inside atomic without a savepoint: the next query fails.
from django.db import IntegrityError, transaction
from bank.models import Account

try:
    with transaction.atomic():
        try:
            Account.objects.create(pk=1, owner="dup")
        except IntegrityError:
            pass
        Account.objects.count()
except Exception as e:
    result = (type(e).__name__, str(e))

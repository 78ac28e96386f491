from bank.models import Account, Transfer
try:
    from django.db import transaction, IntegrityError
    with transaction.atomic():
        try:
            with transaction.atomic(savepoint=False):
                Account.objects.create(owner=None)
        except IntegrityError:
            pass
        r0 = transaction.get_rollback()
        Account.objects.count()
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r

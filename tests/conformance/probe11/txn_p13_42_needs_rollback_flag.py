# connection.needs_rollback after an inner failure, before and after leaving it.
from django.db import transaction, connection, IntegrityError
from bank.models import Account

flags = []
with transaction.atomic():
    flags.append(connection.needs_rollback)
    try:
        with transaction.atomic():
            Account.objects.create(owner=None, balance=1)
    except IntegrityError:
        flags.append(connection.needs_rollback)
    flags.append(transaction.get_rollback())
result = flags

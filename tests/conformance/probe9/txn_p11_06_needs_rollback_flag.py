from django.db import transaction, connection, IntegrityError
from bank.models import Transfer
flags = []
with transaction.atomic():
    try:
        with transaction.atomic():
            Transfer.objects.create(source_id=1, target_id=999, amount=1)
            connection.check_constraints()
    except IntegrityError as exc:
        flags.append(("caught", type(exc).__name__))
    flags.append(connection.needs_rollback)
result = (flags, Transfer.objects.filter(target_id=999).count())

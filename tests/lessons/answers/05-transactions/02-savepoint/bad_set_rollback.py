from django.db import IntegrityError, transaction

from bank.models import Transfer


@transaction.atomic
def import_transfers(rows):
    recorded = 0
    for source_id, target_id, amount in rows:
        try:
            Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
            recorded += 1
        except IntegrityError:
            transaction.set_rollback(False)
    return recorded

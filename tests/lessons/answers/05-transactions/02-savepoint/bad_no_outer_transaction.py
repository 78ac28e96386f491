from django.db import IntegrityError, transaction

from bank.models import Transfer


def import_transfers(rows):
    recorded = 0
    for source_id, target_id, amount in rows:
        try:
            with transaction.atomic():
                Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
            recorded += 1
        except IntegrityError:
            pass
    return recorded

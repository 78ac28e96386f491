from django.db import IntegrityError, transaction

from bank.models import Transfer


def import_transfers(rows):
    recorded = 0
    with transaction.atomic():
        for source_id, target_id, amount in rows:
            sid = transaction.savepoint()
            try:
                Transfer.objects.create(source_id=source_id, target_id=target_id, amount=amount)
            except IntegrityError:
                # save() marked the transaction for rollback, and Django
                # refuses even ROLLBACK TO SAVEPOINT until the mark is cleared.
                transaction.set_rollback(False)
                transaction.savepoint_rollback(sid)
            else:
                transaction.savepoint_commit(sid)
                recorded += 1
    return recorded

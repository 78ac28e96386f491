# connection.in_atomic_block, savepoint_ids and needs_rollback as blocks nest.
from django.db import connection, transaction

states = [(connection.in_atomic_block, len(connection.savepoint_ids))]
with transaction.atomic():
    states.append((connection.in_atomic_block, len(connection.savepoint_ids)))
    with transaction.atomic():
        states.append((connection.in_atomic_block, len(connection.savepoint_ids)))
        with transaction.atomic(savepoint=False):
            states.append((connection.in_atomic_block, len(connection.savepoint_ids), connection.needs_rollback))
states.append((connection.in_atomic_block, len(connection.savepoint_ids)))
result = states

# connection.in_atomic_block and get_autocommit at each level.
from django.db import connection, transaction

s = [connection.in_atomic_block, transaction.get_autocommit()]
with transaction.atomic():
    s.append((connection.in_atomic_block, transaction.get_autocommit(), len(connection.savepoint_ids)))
    with transaction.atomic():
        s.append((connection.in_atomic_block, len(connection.savepoint_ids)))
    with transaction.atomic(savepoint=False):
        s.append(len(connection.savepoint_ids))
s.append(connection.in_atomic_block)
result = s

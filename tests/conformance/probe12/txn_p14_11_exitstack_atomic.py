# contextlib.ExitStack entering two atomic blocks.
from contextlib import ExitStack
from django.db import transaction, connection
from bank.models import Account

with ExitStack() as stack:
    stack.enter_context(transaction.atomic())
    stack.enter_context(transaction.atomic())
    depth = len(connection.savepoint_ids)
    Account.objects.filter(pk=2).update(balance=2)
result = (depth, connection.in_atomic_block)

# savepoint() outside a transaction returns None and runs nothing.
from django.db import transaction

result = transaction.savepoint()

# set_rollback outside atomic is an error.
from django.db import transaction

try:
    transaction.set_rollback(True)
except Exception as e:
    result = (type(e).__name__, str(e))

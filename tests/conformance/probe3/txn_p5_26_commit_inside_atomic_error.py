# transaction.commit() inside atomic is forbidden.
from django.db import transaction

try:
    with transaction.atomic():
        transaction.commit()
except Exception as e:
    result = (type(e).__name__, str(e))

# transaction.commit() in autocommit mode does nothing; inside atomic() it is forbidden.
from django.db import transaction

transaction.commit()
try:
    with transaction.atomic():
        transaction.commit()
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)

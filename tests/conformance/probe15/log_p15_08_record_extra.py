# The records' extra attributes: COMMIT comes from debug_transaction, which gives no params.
import logging
from django.db import transaction
from blog.models import Blog


class Keep(logging.Handler):
    def __init__(self):
        super().__init__()
        self.rows = []

    def emit(self, record):
        self.rows.append((record.name, record.levelname, record.sql, getattr(record, "params", "<none>"),
                          record.alias, record.args[1] == record.sql))


logger = logging.getLogger("django.db.backends")
k = Keep()
logger.addHandler(k)
logger.setLevel(logging.DEBUG)
try:
    with transaction.atomic():
        b = Blog.objects.get(pk=1)
        b.tagline = "logged"
        b.save(update_fields=["tagline"])
finally:
    logger.removeHandler(k)
    logger.setLevel(logging.NOTSET)
result = k.rows

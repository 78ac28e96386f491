# logger.exception around an IntegrityError: the record carries the exception (exc_info).
import logging
from django.db import IntegrityError, transaction
from blog.models import Blog


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        self.seen.append((record.levelname, record.getMessage(), type(exc).__name__, str(exc)))


logger = logging.getLogger("blog.import")
c = Collect()
logger.addHandler(c)
logger.propagate = False
try:
    with transaction.atomic():
        first = Blog.objects.order_by("id").values_list("id", flat=True).first()
        Blog.objects.create(id=first, name="Dup", tagline="again")
except IntegrityError:
    logger.exception("could not import %r", "Dup")
logger.removeHandler(c)
result = c.seen

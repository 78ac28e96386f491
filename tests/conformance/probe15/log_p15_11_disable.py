# logging.disable(logging.DEBUG) silences the SQL log; disable(NOTSET) brings it back.
import io
import logging
from blog.models import Entry

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    logging.disable(logging.DEBUG)
    Entry.objects.filter(pk=1).exists()
    logging.disable(logging.NOTSET)
    Entry.objects.filter(pk=2).exists()
finally:
    logging.disable(logging.NOTSET)
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = buf.getvalue()

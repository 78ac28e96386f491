# The django.db.backends logger to an io.StringIO, formatter on the record's extra fields.
import io
import logging
from blog.models import Entry

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("%(levelname)s %(sql)s | params=%(params)s | %(alias)s"))
logger.setLevel(logging.DEBUG)
logger.addHandler(handler)
try:
    rows = list(Entry.objects.filter(rating__gte=4).order_by("id").values_list("headline", flat=True)[:3])
    n = Entry.objects.filter(headline__icontains="django").count()
finally:
    logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
result = (rows, n, buf.getvalue())

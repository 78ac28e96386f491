# args of an Exists() subquery, of exists() (Django's Value(1) is a parameter) and of raw() (a tuple).
import io
import logging
from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("args=%(params)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    names = list(Blog.objects.filter(Exists(Entry.objects.filter(blog=OuterRef("pk"), rating__gte=9)))
                 .order_by("id").values_list("name", flat=True))
    any_low = Entry.objects.filter(rating__lt=2).exists()
    raw = [e.pk for e in Entry.objects.raw("SELECT id FROM blog_entry WHERE rating = %s ORDER BY id", [10])]
finally:
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = (names, any_low, raw, buf.getvalue().splitlines())

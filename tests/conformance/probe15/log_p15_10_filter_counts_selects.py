# A logging.Filter on the SQL handler that counts SELECTs and drops everything else.
import io
import logging
from blog.models import Blog, Entry


class OnlySelects(logging.Filter):
    def __init__(self):
        super().__init__()
        self.n = 0

    def filter(self, record):
        if record.sql.startswith("SELECT"):
            self.n += 1
            return True
        return False


buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s"))
f = OnlySelects()
h.addFilter(f)
logger = logging.getLogger("django.db.backends")
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    for blog in Blog.objects.order_by("id")[:2]:
        blog.entry_set.filter(rating__gt=5).update(rating=5)
        list(Entry.objects.filter(blog=blog).values_list("rating", flat=True))
finally:
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = (f.n, len(buf.getvalue().splitlines()))

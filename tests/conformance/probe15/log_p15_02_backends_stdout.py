# The classic recipe: StreamHandler(sys.stdout) on django.db.backends, SQL printed as it runs.
import logging
import sys
from blog.models import Entry

logger = logging.getLogger("django.db.backends")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("SQL: %(sql)s; args=%(params)s"))
logger.addHandler(handler)
logger.setLevel("DEBUG")
try:
    print("before")
    e = Entry.objects.get(pk=2)
    print("got", e.headline)
    print(Entry.objects.filter(blog_id=e.blog_id).exclude(pk=e.pk).exists())
finally:
    logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
result = logger.getEffectiveLevel()

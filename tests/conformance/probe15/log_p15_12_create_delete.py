# create() and delete() in the SQL log: INSERT ... RETURNING and DELETE with their params tuples.
import io
import logging
from blog.models import Blog

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s || %(params)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    b = Blog.objects.create(name="Logged", tagline="t")
    Blog.objects.filter(name="Logged").delete()
finally:
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = buf.getvalue().splitlines()

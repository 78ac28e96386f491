# %-args are formatted only when a record is emitted: a QuerySet passed to a disabled level runs no query.
import io
import logging
from django.db import connection
from blog.models import Blog

buf = io.StringIO()
logger = logging.getLogger("blog.report")
h = logging.StreamHandler(buf)
logger.addHandler(h)
logger.propagate = False
logger.setLevel(logging.INFO)
qs = Blog.objects.order_by("id").values_list("name", flat=True)[:2]
logger.debug("blogs: %s", qs)
before = len(connection.queries)
logger.info("blogs: %s", qs)
after = len(connection.queries)
logger.removeHandler(h)
result = (before, after, buf.getvalue())

# Nested atomic() whose inner block fails: SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE, COMMIT.
import io
import logging
from django.db import IntegrityError, transaction
from blog.models import Blog

buf = io.StringIO()
logger = logging.getLogger("django.db.backends")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(sql)s"))
logger.addHandler(h)
logger.setLevel(logging.DEBUG)
try:
    with transaction.atomic():
        Blog.objects.filter(pk=1).update(tagline="outer")
        try:
            with transaction.atomic():
                Blog.objects.create(id=1, name="clash", tagline="x")
        except IntegrityError as e:
            err = type(e).__name__
finally:
    logger.removeHandler(h)
    logger.setLevel(logging.NOTSET)
result = (err, buf.getvalue().splitlines())

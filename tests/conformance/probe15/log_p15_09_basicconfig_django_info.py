# basicConfig(level=DEBUG) alone shows no SQL: Django's "django" logger sits at INFO.
import io
import logging
from blog.models import Entry

buf = io.StringIO()
logging.basicConfig(level=logging.DEBUG, stream=buf, format="%(name)s:%(message)s", force=True)
try:
    n = Entry.objects.count()
    logging.getLogger("blog").debug("counted %d", n)
    levels = (logging.getLogger("django").level, logging.getLogger("django.db.backends").getEffectiveLevel(),
              logging.getLogger("django.db.backends").isEnabledFor(logging.DEBUG))
finally:
    for h in logging.root.handlers[:]:
        logging.root.removeHandler(h)
    logging.root.setLevel(logging.WARNING)
result = (n, levels, buf.getvalue())

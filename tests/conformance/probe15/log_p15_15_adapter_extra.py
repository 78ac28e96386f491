# A LoggerAdapter adding the request user to each message of a view-like function.
import io
import logging
from blog.models import Entry

buf = io.StringIO()
base = logging.getLogger("blog.audit")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(user)s] %(levelname)s %(message)s"))
base.addHandler(h)
base.propagate = False
base.setLevel(logging.DEBUG)
log = logging.LoggerAdapter(base, {"user": "alice"})
top = Entry.objects.order_by("-rating", "id").first()
log.info("top entry %s rated %s", top.pk, top.rating)
log.debug("%d entries", Entry.objects.count())
base.removeHandler(h)
result = buf.getvalue()

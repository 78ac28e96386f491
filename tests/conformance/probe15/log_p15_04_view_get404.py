# A view that logs a missing object before get_object_or_404 raises Http404.
import io
import logging
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from blog.models import Entry

logger = logging.getLogger("blog.views")
buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
logger.addHandler(h)
logger.propagate = False


def entry_detail(request, pk):
    if not Entry.objects.filter(pk=pk).exists():
        logger.warning("entry %s not found", pk)
    entry = get_object_or_404(Entry, pk=pk)
    logger.info("serving %s", entry.pk)
    return HttpResponse(entry.headline)


out = []
for pk in (1, 9999):
    try:
        out.append(entry_detail(None, pk).content)
    except Http404 as e:
        out.append("404: %s" % e)
logger.removeHandler(h)
result = (out, buf.getvalue())

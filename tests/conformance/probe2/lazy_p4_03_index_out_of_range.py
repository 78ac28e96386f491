# Indexing past the end of an unevaluated QuerySet: IndexError from the LIMIT 1 query.
from blog.models import Entry

qs = Entry.objects.order_by("id")
try:
    qs[500]
    result = "no error"
except IndexError as exc:
    result = ("IndexError", str(exc))

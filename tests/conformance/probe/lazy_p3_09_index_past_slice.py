# Indexing past the end of a sliced QuerySet: the limits collapse to empty, IndexError, no query.
from blog.models import Entry

try:
    Entry.objects.order_by("id")[2:4][5]
    outcome = "no error"
except IndexError as exc:
    outcome = "IndexError: %s" % exc
result = outcome

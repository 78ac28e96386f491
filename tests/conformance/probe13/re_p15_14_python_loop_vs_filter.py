# A Python re loop over all rows against the database filter: same ids, query counts.
import re
from django.db import connection
from django.test.utils import CaptureQueriesContext
from blog.models import Entry

pat = re.compile(r"\b(?:Django|Python)\b")
with CaptureQueriesContext(connection) as loop_q:
    py_ids = [e.id for e in Entry.objects.all() if pat.search(e.headline)]
with CaptureQueriesContext(connection) as db_q:
    db_ids = list(Entry.objects.filter(headline__regex=pat.pattern).values_list("id", flat=True))
result = (sorted(py_ids) == sorted(db_ids), len(py_ids), len(loop_q), len(db_q))

# A contextmanager counting queries with CaptureQueriesContext.
from contextlib import contextmanager
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.db.models import Avg
from books.models import Book

@contextmanager
def count_queries(out):
    with CaptureQueriesContext(connection) as ctx:
        yield ctx
    out.append(len(ctx.captured_queries))

out = []
with count_queries(out) as ctx:
    Book.objects.aggregate(Avg("rating"))
    Book.objects.filter(pages__gt=300).count()
result = (out, [q["sql"] for q in ctx.captured_queries])

# Counting queries the ways Django offers: CaptureQueriesContext,
# execute_wrapper, reset_queries.
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    list(Entry.objects.filter(pk__lt=3))
    Entry.objects.count()
print(len(ctx), len(ctx.captured_queries), ctx.captured_queries[0]["sql"][:40], ctx[1]["sql"])
print(ctx.initial_queries, ctx.final_queries, type(ctx.captured_queries[0]["time"]).__name__)
seen = []
def wrapper(execute, sql, params, many, context):
    seen.append((sql[:30], params, many, sorted(context)))
    return execute(sql, params, many, context)
with connection.execute_wrapper(wrapper):
    Entry.objects.filter(pk=1).exists()
    Entry.objects.filter(pk__in=[1, 2]).update(rating=3)
print(seen)
reset_queries()
print(len(connection.queries))
Entry.objects.first()
print(len(connection.queries), list(connection.queries[0]))
result = len(seen)
def blocker(*args):
    raise Exception("No database access allowed here.")
n1 = len(connection.queries)
with connection.execute_wrapper(blocker):
    try:
        list(Entry.objects.filter(pk=2))
    except Exception as e:
        print(type(e).__name__, e)
print(len(connection.queries) - n1, connection.queries[-1]["sql"][-30:], connection.execute_wrappers)
def tagger(execute, sql, params, many, context):
    return execute(sql + " /* tagged */", params, many, context)
log = []
def outer(execute, sql, params, many, context):
    log.append(("outer", sql[-12:]))
    return execute(sql, params, many, context)
with connection.execute_wrapper(outer), connection.execute_wrapper(tagger):
    with connection.cursor() as c:
        c.execute("SELECT 1 WHERE 1 = %s", [1])
        print(c.fetchone())
        c.executemany("UPDATE blog_entry SET rating = %s WHERE id = %s", [(1, 1), (2, 2)])
print(log, connection.queries[-2]["sql"], connection.queries[-1]["sql"])

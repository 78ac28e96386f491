# explain() runs through connection.execute_wrapper like every statement:
# the wrapper sees the EXPLAIN QUERY PLAN, its params and a cursor.
from django.db import connection
from blog.models import Entry

seen = []


def spy(execute, sql, params, many, context):
    seen.append((sql.split(" SELECT")[0], params, many, sorted(context), type(context["cursor"]).__name__ != ""))
    return execute(sql, params, many, context)


with connection.execute_wrapper(spy):
    plan = Entry.objects.filter(blog_id=2).explain()
    Entry.objects.filter(blog_id=2).count()
print(plan.splitlines()[0].split()[0:2])
result = [seen, len(connection.queries)]

# explain() does not fill the cache and runs one EXPLAIN query.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3)
plan = qs.explain()
result = (plan, qs._result_cache)

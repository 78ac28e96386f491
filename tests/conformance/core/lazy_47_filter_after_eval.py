# Filtering an evaluated QuerySet builds a new one: a new query.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=4)
list(qs)
top = qs.filter(rating__gte=5)
result = (top._result_cache, [e.id for e in top])

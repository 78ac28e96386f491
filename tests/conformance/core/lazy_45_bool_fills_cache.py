# bool(qs) evaluates the whole QuerySet and fills the cache; len() afterwards is free.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3)
b = bool(qs)
result = (b, len(qs), len(qs._result_cache))

# exists() and count() on an evaluated QuerySet use the cache; get() does not.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=3)
list(qs)
result = (qs.exists(), qs.count(), qs.get(pk=2).id)

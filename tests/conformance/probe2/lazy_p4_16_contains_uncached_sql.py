# contains() on an unevaluated QuerySet is a filtered exists(); on an evaluated one, no query.
from blog.models import Entry

e = Entry.objects.get(pk=5)
qs = Entry.objects.filter(blog_id=e.blog_id)
a = qs.contains(e)
list(qs)
b = qs.contains(e)
result = (a, b)

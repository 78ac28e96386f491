# repr() of an evaluated QuerySet uses the cache (no query) and still truncates at 20.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=1).order_by("id")
list(qs)
result = repr(qs)

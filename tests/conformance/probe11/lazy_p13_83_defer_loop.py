# defer() in a loop, touching the deferred field: N+1 again.
from blog.models import Entry

out = []
for e in Entry.objects.defer("body_text").filter(blog_id=4).order_by("id")[:3]:
    out.append(len(e.body_text))
result = out

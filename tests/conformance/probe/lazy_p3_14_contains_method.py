# QuerySet.contains(): a filtered EXISTS query when unevaluated; other models give False; unsaved raises.
from blog.models import Blog, Entry

e = Entry.objects.get(pk=3)
qs = Entry.objects.filter(blog_id=1)
out = [qs.contains(e), qs.contains(Blog.objects.get(pk=1))]
try:
    qs.contains(Entry(headline="new"))
except ValueError as exc:
    out.append(str(exc))
try:
    qs.contains("x")
except TypeError as exc:
    out.append(str(exc))
result = out

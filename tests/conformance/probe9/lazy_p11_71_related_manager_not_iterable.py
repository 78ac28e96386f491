from blog.models import Blog
b = Blog.objects.get(pk=1)
try:
    names = [e.headline for e in b.entry_set]
except TypeError as exc:
    names = str(exc)
result = (names, str(b.entry_set), b.entry_set.count())

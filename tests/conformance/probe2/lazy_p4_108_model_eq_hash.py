# Model equality and hashing: by pk and concrete model; unsaved instances.
from blog.models import Blog, Author

a = Blog.objects.get(pk=1)
b = Blog.objects.get(pk=1)
out = [a == b, a is b, len({a, b}), a == Author.objects.get(pk=1), Blog(name="x") == Blog(name="x")]
try:
    hash(Blog(name="x"))
except TypeError as exc:
    out.append(str(exc))
result = out

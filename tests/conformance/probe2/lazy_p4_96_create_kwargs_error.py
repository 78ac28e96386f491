# create() with an unknown field.
from blog.models import Blog

try:
    Blog.objects.create(name="x", nope=1)
    result = "ok"
except TypeError as exc:
    result = str(exc)

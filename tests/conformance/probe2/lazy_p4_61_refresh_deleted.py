# refresh_from_db() on a deleted row raises DoesNotExist.
from blog.models import Blog

b = Blog.objects.get(pk=5)
Blog.objects.filter(pk=5).delete()
try:
    b.refresh_from_db()
    result = "ok"
except Blog.DoesNotExist as exc:
    result = str(exc)

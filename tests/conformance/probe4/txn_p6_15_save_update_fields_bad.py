from blog.models import Blog
b = Blog.objects.get(pk=1)
try:
    b.save(update_fields=["nmae"])
except ValueError as exc:
    result = str(exc)

from blog.models import Blog, Author
try:
    try:
        Blog.objects.get(pk=77)
    except Author.DoesNotExist:
        result = "wrong"
except Blog.DoesNotExist as exc:
    result = ("right", str(exc))

from blog.models import Blog, Entry
try:
    try:
        Entry.objects.get(pk=1000)
    except Blog.DoesNotExist:
        result = "caught by Blog"
except Entry.DoesNotExist as exc:
    result = ("outer", str(exc), issubclass(Entry.DoesNotExist, Blog.DoesNotExist))

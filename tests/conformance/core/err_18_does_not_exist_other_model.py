# Each model has its own DoesNotExist; Blog.DoesNotExist does not catch Entry.DoesNotExist.
from blog.models import Blog, Entry

try:
    try:
        Entry.objects.get(pk=0)
    except Blog.DoesNotExist:
        result = "caught by Blog"
except Entry.DoesNotExist as exc:
    result = ("caught by Entry", str(exc), Blog.DoesNotExist is Entry.DoesNotExist)

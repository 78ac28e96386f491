# Catching the wrong model's DoesNotExist lets it escape.
from blog.models import Blog, Entry

try:
    try:
        Entry.objects.get(pk=0)
    except Blog.DoesNotExist:
        result = "caught wrong"
except Entry.DoesNotExist as exc:
    result = ("escaped", str(exc))

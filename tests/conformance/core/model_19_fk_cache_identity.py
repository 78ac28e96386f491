# The FK descriptor caches the related instance on first access.
from blog.models import Entry

e = Entry.objects.get(pk=1)
b1 = e.blog
b2 = e.blog
result = (b1 is b2, b1)

# A reverse manager for a non-null FK has no remove().
from blog.models import Blog

result = hasattr(Blog.objects.get(pk=1).entry_set, "remove")

# Reverse FK in a loop: blog.entry_set.count() is one COUNT per blog.
from blog.models import Blog

result = [(b.name, b.entry_set.count()) for b in Blog.objects.order_by("id")]

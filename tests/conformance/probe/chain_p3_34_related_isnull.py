# blog__name__isnull and reverse entry__isnull=False with distinct.
from blog.models import Blog, Entry

result = (Entry.objects.filter(blog__name__isnull=True).count(),
          list(Blog.objects.filter(entry__isnull=False).distinct().order_by("id").values_list("id", flat=True)))

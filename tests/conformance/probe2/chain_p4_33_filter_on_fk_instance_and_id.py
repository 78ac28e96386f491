# Filtering by an instance, a pk, and blog__id: the same WHERE.
from blog.models import Entry, Blog

b = Blog.objects.get(pk=2)
qs = [Entry.objects.filter(blog=b), Entry.objects.filter(blog=2), Entry.objects.filter(blog__id=2), Entry.objects.filter(blog__pk=2)]
result = [str(q.query) for q in qs]

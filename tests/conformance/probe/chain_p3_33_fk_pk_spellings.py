# blog=2, blog_id=2, blog__pk=2, blog__id=2: same SQL, no join.
from blog.models import Entry

qs = [Entry.objects.filter(blog=2), Entry.objects.filter(blog_id=2),
      Entry.objects.filter(blog__pk=2), Entry.objects.filter(blog__id__gt=4)]
result = [str(q.query).split("WHERE")[1] for q in qs]

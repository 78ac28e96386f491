from django.db.models import Exists, OuterRef, Q
from blog.models import Blog, Entry
has = Exists(Entry.objects.filter(blog=OuterRef("pk")))
qs = Blog.objects.filter(Q(has) | Q(name__startswith="E")).order_by("id")
qs2 = Blog.objects.filter(~has)
result = ([b.id for b in qs], [b.name for b in qs2])

from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry
hot = Entry.objects.filter(blog=OuterRef("pk"), rating__gte=9)
qs = Blog.objects.annotate(has_hot=Exists(hot)).order_by("id")
qs2 = Blog.objects.filter(~Exists(hot)).order_by("id")
result = ([(b.name, b.has_hot) for b in qs], [b.name for b in qs2], str(qs2.query))

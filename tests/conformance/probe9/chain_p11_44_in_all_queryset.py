# A whole queryset as an __in value: Django names its table unaliased.
from blog.models import Blog, Entry
blogs = Blog.objects.all()
a = Entry.objects.filter(blog__in=blogs).filter(rating=10).order_by("id")
b = Entry.objects.exclude(blog__in=Blog.objects.order_by("-id")[:3]).order_by("id")
c = Blog.objects.filter(pk__in=Entry.objects.values("blog")).order_by("id")
result = (str(a.query), str(b.query), str(c.query), [e.id for e in a], [e.id for e in b][:4], [x.id for x in c])

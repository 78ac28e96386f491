# filter(Exists(...)) and filter(~Exists(...)).
from django.db.models import Exists, OuterRef
from blog.models import Blog, Entry

e = Entry.objects.filter(blog=OuterRef("pk"), rating__gte=9)
a = Blog.objects.filter(Exists(e)).order_by("pk")
b = Blog.objects.filter(~Exists(e)).order_by("pk")
result = ([x.name for x in a], [x.name for x in b], str(a.query))

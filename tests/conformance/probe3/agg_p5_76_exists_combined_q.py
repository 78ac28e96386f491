# Exists combined with Q objects using | and &.
from django.db.models import Exists, OuterRef, Q
from blog.models import Blog, Entry

e = Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10))
qs = Blog.objects.filter(e | Q(name__startswith="P")).order_by("pk")
result = ([b.name for b in qs], str(qs.query))

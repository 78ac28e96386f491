# filter() with an Exists expression and a Q mixed.
from django.db.models import Exists, OuterRef, Q
from blog.models import Blog, Entry

has_top = Exists(Entry.objects.filter(blog=OuterRef("pk"), rating=10))
qs = Blog.objects.filter(has_top | Q(name__startswith="E")).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))

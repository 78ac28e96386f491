# Prefetch of a forward FK with to_attr stores a single object (not a list).
from django.db.models import Prefetch
from blog.models import Blog, Entry

qs = Entry.objects.filter(pk__in=[1, 2]).order_by("id").prefetch_related(
    Prefetch("blog", queryset=Blog.objects.only("name"), to_attr="the_blog"))
result = [(e.id, type(e.the_blog).__name__, e.the_blog.name) for e in qs]

# Prefetch() with a custom queryset and to_attr.
from django.db.models import Prefetch
from blog.models import Blog, Entry

qs = Blog.objects.order_by("id").prefetch_related(
    Prefetch("entry_set", queryset=Entry.objects.filter(rating__gte=9).order_by("id"), to_attr="top"))
result = [(b.id, [e.id for e in b.top]) for b in qs]

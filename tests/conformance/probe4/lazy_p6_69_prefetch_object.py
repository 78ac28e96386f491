from django.db.models import Prefetch
from blog.models import Blog, Entry
qs = Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.filter(rating=10).order_by("id"), to_attr="top")).order_by("id")
result = [(b.name, [e.id for e in b.top]) for b in qs]

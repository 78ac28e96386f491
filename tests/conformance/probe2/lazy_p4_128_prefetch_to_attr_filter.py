# Prefetch to_attr gives a list; filtering the manager then queries.
from django.db.models import Prefetch
from blog.models import Blog, Entry

bs = list(Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.filter(rating__gte=8).order_by("id"), to_attr="top")).order_by("id"))
result = [(b.id, [e.id for e in b.top][:2], type(b.top).__name__) for b in bs]

# prefetch_related("entry_set", Prefetch("entry_set__authors", ...)) merges into one chain.
from django.db.models import Prefetch
from blog.models import Author, Blog

qs = Blog.objects.filter(pk=2).prefetch_related(
    "entry_set", Prefetch("entry_set__authors", queryset=Author.objects.filter(email__endswith=".org")))
b = qs[0]
result = sorted((e.id, [a.name for a in e.authors.all()]) for e in b.entry_set.all())[:4]

# Prefetch with a filtered queryset changes what .all() returns, but .count() on the manager... uses the cache.
from django.db.models import Prefetch
from blog.models import Author, Entry

e = Entry.objects.prefetch_related(Prefetch("authors", queryset=Author.objects.filter(email__endswith=".org"))).get(pk=2)
result = ([a.name for a in e.authors.all()], e.authors.count(), e.authors.filter(pk__gt=0).count())

from blog.models import Entry
out = []
for e in Entry.objects.prefetch_related("authors").order_by("id")[:3]:
    out.append((e.id, sorted(a.name for a in e.authors.all())))
result = out

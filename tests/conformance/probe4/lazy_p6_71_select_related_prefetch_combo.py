from blog.models import Entry
out = []
for e in Entry.objects.select_related("blog").prefetch_related("authors").filter(rating=10).order_by("id")[:3]:
    out.append((e.blog.name, len(e.authors.all())))
result = out

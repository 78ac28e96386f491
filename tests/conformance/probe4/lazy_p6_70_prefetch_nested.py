from blog.models import Blog
out = []
for b in Blog.objects.prefetch_related("entry_set__authors").filter(pk=4):
    for e in b.entry_set.all():
        out.append((e.id, sorted(a.name for a in e.authors.all())))
result = sorted(out)

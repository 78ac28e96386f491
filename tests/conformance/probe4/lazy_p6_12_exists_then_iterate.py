from blog.models import Entry
qs = Entry.objects.filter(blog_id=4)
out = []
if qs.exists():
    for e in qs:
        out.append(e.id)
result = out

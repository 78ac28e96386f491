from blog.models import Entry
qs = Entry.objects.filter(blog_id=4).order_by("id")
out = []
if qs:
    for e in qs:
        out.append(e.id)
result = out

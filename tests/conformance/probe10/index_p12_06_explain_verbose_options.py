from blog.models import Entry
qs = Entry.objects.filter(blog_id=1)
out = []
for kw in ({}, {"format": "text"}, {"verbose": True}):
    try:
        out.append(qs.explain(**kw).splitlines()[0])
    except Exception as exc:
        out.append((type(exc).__name__, str(exc)))
result = out

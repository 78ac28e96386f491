from blog.models import Blog, Entry, Author
e = Entry.objects.order_by("id").first()
qs = Entry.objects.order_by("id")[1:3]
try:
    r = qs.contains(e)
except Exception as exc:
    r = (type(exc).__name__, str(exc))
result = r

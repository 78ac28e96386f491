from blog.models import Blog, Entry, Author
try:
    e = Entry.objects.order_by("id")[1:2].get()
    result = e.id
except Exception as exc:
    result = (type(exc).__name__, str(exc))

from blog.models import Entry
u = Entry.objects.filter(rating=10).union(Entry.objects.filter(blog_id=4))
try:
    u | Entry.objects.all()
except TypeError as exc:
    result = str(exc)

from blog.models import Blog, Entry, Author
qs = Entry.objects.order_by("id")[1:5][1:2]
result = (str(qs.query), [e.id for e in qs])

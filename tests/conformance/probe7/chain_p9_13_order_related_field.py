from blog.models import Blog, Entry, Author
qs = Entry.objects.order_by("blog__name", "-pub_date")
result = (str(qs.query), [e.id for e in qs])

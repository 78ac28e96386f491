from blog.models import Blog, Entry, Author
qs = Entry.objects.order_by("?")
result = (str(qs.query), qs.count(), len(list(qs)))

from blog.models import Blog, Entry, Author
qs = Entry.objects.order_by("-id").reverse().reverse()
result = (str(qs.query), qs.ordered, [e.id for e in qs][:3])

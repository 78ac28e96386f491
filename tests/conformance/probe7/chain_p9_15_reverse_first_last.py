from blog.models import Blog, Entry, Author
qs = Entry.objects.order_by("pub_date", "id").reverse()
result = (str(qs.query), qs.first().id, qs.last().id)

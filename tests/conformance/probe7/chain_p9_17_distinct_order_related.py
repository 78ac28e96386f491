from blog.models import Blog, Entry, Author
qs = Blog.objects.filter(entry__rating__gte=0).distinct().order_by("entry__pub_date")
result = (str(qs.query), [b.id for b in qs])

from blog.models import Blog, Entry, Author
a = Blog.objects.exclude(entry__rating__gte=5, entry__number_of_comments__gte=1)
result = (str(a.query), [b.id for b in a.order_by("id")])

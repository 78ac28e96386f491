from blog.models import Blog, Entry, Author
a = Blog.objects.filter(entry__rating__gte=5).filter(entry__number_of_comments__gte=1)
b = Blog.objects.filter(entry__rating__gte=5, entry__number_of_comments__gte=1)
result = (str(a.query), str(b.query), a.count(), b.count(), a.distinct().count())

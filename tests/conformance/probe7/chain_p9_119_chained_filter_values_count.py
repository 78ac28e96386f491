from blog.models import Blog, Entry, Author
a = Entry.objects.filter(authors__id__gte=1).filter(authors__id__lte=8).values("id").count()
b = Entry.objects.filter(authors__id__gte=1, authors__id__lte=8).values("id").count()
result = (a, b)

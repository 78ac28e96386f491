from blog.models import Blog, Entry, Author
from django.db.models import Count
a = Blog.objects.filter(entry__rating__gte=5).annotate(n=Count("entry")).order_by("id")
b = Blog.objects.annotate(n=Count("entry")).filter(entry__rating__gte=5).order_by("id")
result = (str(a.query), str(b.query), [(x.id, x.n) for x in a], [(x.id, x.n) for x in b])

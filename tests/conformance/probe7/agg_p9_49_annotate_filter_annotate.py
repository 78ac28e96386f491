from blog.models import Blog, Entry, Author
from django.db.models import Count, Avg
qs = Blog.objects.annotate(n=Count("entry")).filter(entry__rating__gte=5).annotate(m=Count("entry")).order_by("id")
result = (str(qs.query), [(b.id, b.n, b.m) for b in qs])

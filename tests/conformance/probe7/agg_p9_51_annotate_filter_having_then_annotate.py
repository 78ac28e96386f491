from blog.models import Blog, Entry, Author
from django.db.models import Count, Max
qs = Blog.objects.annotate(n=Count("entry")).filter(n__gte=1).annotate(mx=Max("entry__rating")).order_by("id")
result = (str(qs.query), [(b.id, b.n, b.mx) for b in qs])

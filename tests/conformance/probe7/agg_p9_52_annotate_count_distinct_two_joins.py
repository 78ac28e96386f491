from blog.models import Blog, Entry, Author
from django.db.models import Count
qs = Blog.objects.annotate(e=Count("entry", distinct=True), a=Count("entry__authors", distinct=True)).order_by("id")
result = (str(qs.query), [(b.id, b.e, b.a) for b in qs])

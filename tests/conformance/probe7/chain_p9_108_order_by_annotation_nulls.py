from blog.models import Blog, Entry, Author
from django.db.models import Max, F
qs = Blog.objects.annotate(m=Max("entry__rating")).order_by(F("m").asc(nulls_last=True), "id")
result = (str(qs.query), [(b.id, b.m) for b in qs])

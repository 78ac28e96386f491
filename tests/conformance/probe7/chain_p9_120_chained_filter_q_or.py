from blog.models import Blog, Entry, Author
from django.db.models import Q
qs = Blog.objects.filter(Q(entry__rating=10) | Q(entry__rating=0)).filter(entry__number_of_comments__gt=0).distinct()
result = (str(qs.query), sorted(b.id for b in qs))

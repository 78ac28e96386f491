from blog.models import Blog, Entry, Author
from django.db.models import Count
from django.db import connection
n = Blog.objects.annotate(n=Count("entry")).filter(n__gte=2).update(tagline="busy")
result = (n, connection.queries[-1]["sql"])

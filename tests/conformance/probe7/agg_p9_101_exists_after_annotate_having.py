from blog.models import Blog, Entry, Author
from django.db.models import Count
from django.db import connection
qs = Blog.objects.annotate(n=Count("entry")).filter(n__gt=100)
result = (qs.exists(), connection.queries[-1]["sql"])

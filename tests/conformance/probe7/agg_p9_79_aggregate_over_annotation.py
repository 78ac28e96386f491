from blog.models import Blog, Entry, Author
from django.db.models import Count, Max
from django.db import connection
r = Blog.objects.annotate(n=Count("entry")).aggregate(mx=Max("n"))
result = (r, connection.queries[-1]["sql"])

from blog.models import Blog, Entry, Author
from django.db.models import Count
from django.db import connection
qs = Entry.objects.values("blog").annotate(n=Count("id")).filter(n__gte=2)
result = (qs.count(), connection.queries[-1]["sql"])

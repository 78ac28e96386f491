from blog.models import Blog, Entry, Author
from django.db.models import Count, Sum
from django.db import connection
r = Entry.objects.values("rating").distinct().aggregate(s=Sum("rating"), n=Count("rating"))
result = (r, connection.queries[-1]["sql"])

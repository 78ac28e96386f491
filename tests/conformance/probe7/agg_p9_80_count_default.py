from blog.models import Blog, Entry, Author
from django.db.models import Count
from django.db import connection
r = Entry.objects.none().aggregate(n=Count("id"))
r2 = Entry.objects.filter(id__in=[]).aggregate(n=Count("id"))
result = (r, r2, len(connection.queries))

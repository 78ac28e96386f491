from blog.models import Blog, Entry, Author
from django.db.models import Count
from django.db import connection
a = Entry.objects.values("blog").distinct().count()
b = Entry.objects.aggregate(n=Count("blog", distinct=True))
c = Entry.objects.values_list("rating", flat=True).distinct().count()
result = (a, b, c, [q["sql"] for q in connection.queries])

from blog.models import Blog, Entry, Author
from django.db.models import Sum, Max
from django.db import connection
r = Entry.objects.aggregate(s=Sum("rating", default=0), m=Max("rating", default=-1))
result = (r, connection.queries[-1]["sql"])

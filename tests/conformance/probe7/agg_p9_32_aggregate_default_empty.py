from blog.models import Blog, Entry, Author
from django.db.models import Sum, Avg, Count, Max
from django.db import connection
r = Entry.objects.filter(rating__gt=100).aggregate(s=Sum("rating", default=0), a=Avg("rating", default=1.5), c=Count("id"), m=Max("pub_date", default=None))
result = (r, connection.queries[-1]["sql"])

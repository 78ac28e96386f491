from blog.models import Blog, Entry, Author
from django.db.models import Sum, F, Value
from django.db import connection
r = Entry.objects.filter(rating__gt=100).aggregate(s=Sum("rating", default=F("id") * 0 + Value(3)))
result = (r, connection.queries[-1]["sql"])

from blog.models import Blog, Entry, Author
from django.db.models import Sum
from django.db import connection
r = Entry.objects.order_by("id")[:3].aggregate(s=Sum("rating"))
result = (r, connection.queries[-1]["sql"])

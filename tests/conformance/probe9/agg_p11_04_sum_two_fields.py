from django.db.models import Sum, F
from blog.models import Entry
from django.db import connection
r = Entry.objects.filter(blog_id=3).aggregate(total=Sum(F("number_of_comments") + F("number_of_pingbacks")))
py = sum(e.number_of_comments + e.number_of_pingbacks for e in Entry.objects.filter(blog_id=3))
result = (r, py, connection.queries[0]["sql"])

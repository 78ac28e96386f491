from django.db.models import Sum
from blog.models import Entry
from django.db import connection
qs = Entry.objects.filter(rating__gt=5).order_by("-pub_date", "headline")
n = qs.count()
s = qs.aggregate(Sum("rating"))
e = qs.exists()
d = qs.distinct().count()
result = (n, s, e, d, [q["sql"] for q in connection.queries])

from django.db.models import Count
from blog.models import Entry
from django.db import connection
r = Entry.objects.aggregate(Count("*"))
r2 = Entry.objects.filter(rating=10).aggregate(n=Count("*"))
result = (r, r2, [q["sql"] for q in connection.queries])

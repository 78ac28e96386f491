from django.db import connection, reset_queries
from blog.models import Entry
reset_queries()
a = len(Entry.objects.filter(rating=10)) > 0
b = Entry.objects.filter(rating=10).exists()
c = bool(Entry.objects.filter(rating=11))
result = (a, b, c, [q["sql"] for q in connection.queries])

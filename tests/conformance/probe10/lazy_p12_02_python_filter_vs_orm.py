from django.db import connection, reset_queries
from blog.models import Entry
reset_queries()
loop = [e.headline for e in Entry.objects.all() if e.rating >= 9 and e.number_of_comments > 5]
orm = list(Entry.objects.filter(rating__gte=9, number_of_comments__gt=5).values_list("headline", flat=True))
result = (sorted(loop) == sorted(orm), len(loop), len(connection.queries))

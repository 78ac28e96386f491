from collections import defaultdict
from django.db import connection, reset_queries
from django.db.models import Count, Max
from books.models import Book, Publisher
reset_queries()
counts = defaultdict(int)
best = {}
for b in Book.objects.select_related("publisher"):
    counts[b.publisher.name] += 1
    best[b.publisher.name] = max(best.get(b.publisher.name, 0), b.rating)
loop = sorted((k, counts[k], best[k]) for k in counts)
orm = sorted(Publisher.objects.annotate(n=Count("book"), best=Max("book__rating")).values_list("name", "n", "best"))
result = (loop == orm, orm, len(connection.queries))

# N+1 on authors vs Prefetch to_attr: query counts with connection.queries.
from django.db import connection, reset_queries
from django.db.models import Prefetch
from blog.models import Author, Entry

reset_queries()
slow = [[a.name for a in e.authors.all()] for e in Entry.objects.filter(blog_id=4).order_by("id")]
n_slow = len(connection.queries)
reset_queries()
fast = [[a.name for a in e.writers] for e in Entry.objects.filter(blog_id=4).order_by("id")
        .prefetch_related(Prefetch("authors", queryset=Author.objects.order_by("name"), to_attr="writers"))]
n_fast = len(connection.queries)
result = (n_slow, n_fast, [sorted(x) for x in slow] == [sorted(x) for x in fast])

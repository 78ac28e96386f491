# Exists over a query that can match nothing: Django 5.2 compiles it as
# False (a parameter), ~Exists as NOT False; in exclude() over a
# multi-valued relation, an empty __in stays in the SQL as False.
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from blog.models import Entry, Blog
n0 = len(connection.queries)
def show(qs):
    print(qs.query)
    print(qs.count())
show(Blog.objects.filter(Exists(Entry.objects.none())))
show(Blog.objects.filter(~Exists(Entry.objects.none())))
show(Blog.objects.filter(Exists(Entry.objects.filter(blog=OuterRef("pk"), pk__in=[]))))
show(Blog.objects.annotate(e=Exists(Entry.objects.filter(pk__in=[]))).filter(e=False))
show(Blog.objects.annotate(e=Exists(Entry.objects.filter(pk__in=[]))).values_list("pk", "e"))
show(Blog.objects.exclude(entry__rating__in=[]))
show(Blog.objects.exclude(entry__pub_date__quarter=2, entry__rating__in=[]))
show(Blog.objects.exclude(name="x", entry__rating__in=[]))
show(Blog.objects.filter(Q(entry__rating__in=[]) | Q(name__startswith="D")))
for q in connection.queries[n0:]:
    print(q["sql"])
result = None

# Indexes a model declares and what EXPLAIN shows for a filter.
from django.db import connection
from blog.models import Entry
from django.db.models import Index
print([repr(i) for i in Entry._meta.indexes])
idx = Index(fields=["-pub_date", "rating"], name="entry_pub_rating")
print(repr(idx), idx.fields, idx.name)
idx2 = Index(fields=["headline"], name="h_idx", condition=None)
print(idx2.deconstruct())
plan = Entry.objects.filter(blog_id=1).explain()
print(plan)
print(Entry.objects.filter(headline="x").explain())
with connection.cursor() as c:
    c.execute("PRAGMA index_list('blog_entry')")
    print(sorted(r[1] for r in c.fetchall()))
result = plan

# EXPLAIN before/after a composite index used for filter + order_by.
from django.db import connection, models
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("pub_date")
before = qs.explain()
with connection.schema_editor() as ed:
    ed.add_index(Entry, models.Index(fields=["blog", "pub_date"], name="e_blog_pd"))
after = qs.explain()
result = (before, after)

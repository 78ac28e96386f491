# EXPLAIN of a count() query uses the covering index once it exists.
from django.db import connection, models
from blog.models import Entry

qs = Entry.objects.filter(rating__gte=8)
before = qs.explain()
with connection.schema_editor() as ed:
    ed.add_index(Entry, models.Index(fields=["rating"], name="e_rating_2"))
after = qs.explain()
vals = qs.values("rating").explain()
result = (before, after, vals)

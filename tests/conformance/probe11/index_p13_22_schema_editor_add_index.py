# schema_editor().add_index on blog_entry.rating, then EXPLAIN; remove it again.
from django.db import connection
from django.db.models import Index
from blog.models import Entry

idx = Index(fields=["rating"], name="entry_rating_p13")
with connection.schema_editor() as editor:
    editor.add_index(Entry, idx)
plan = Entry.objects.filter(rating=3).explain()
with connection.schema_editor() as editor:
    editor.remove_index(Entry, idx)
result = (plan, Entry.objects.filter(rating=3).explain())

from django.db import connection, models
from blog.models import Entry
idx = models.Index(fields=["headline"], name="entry_headline_idx")
with connection.schema_editor() as editor:
    editor.add_index(Entry, idx)
a = Entry.objects.filter(headline="x").explain()
with connection.schema_editor() as editor:
    editor.remove_index(Entry, idx)
b = Entry.objects.filter(headline="x").explain()
result = (a, b)

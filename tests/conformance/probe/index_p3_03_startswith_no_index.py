# An index on a text column is not used by __startswith (LIKE is case-insensitive on SQLite)
# but is used by exact matches and by __gt.
from django.db import connection, models
from blog.models import Entry

with connection.schema_editor() as editor:
    editor.add_index(Entry, models.Index(fields=["headline"], name="entry_headline_idx"))
result = (Entry.objects.filter(headline__startswith="Why").explain(),
          Entry.objects.filter(headline="Why").explain(),
          Entry.objects.filter(headline__gt="W").explain())

# Adding an Index on Entry.rating with schema_editor: the plan switches from SCAN to SEARCH.
from django.db import connection, models
from blog.models import Entry

before = Entry.objects.filter(rating=9).explain()
idx = models.Index(fields=["rating"], name="entry_rating_idx")
with connection.schema_editor() as editor:
    editor.add_index(Entry, idx)
after = Entry.objects.filter(rating=9).explain()
result = (before, after)

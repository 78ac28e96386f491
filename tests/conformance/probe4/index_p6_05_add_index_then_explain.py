from django.db import connection, models
from blog.models import Entry
before = Entry.objects.filter(rating=10).explain()
with connection.schema_editor() as editor:
    editor.add_index(Entry, models.Index(fields=["rating"], name="entry_rating_idx"))
after = Entry.objects.filter(rating=10).explain()
result = (before, after)

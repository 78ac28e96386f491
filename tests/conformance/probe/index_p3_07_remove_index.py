# add_index then remove_index: the SQL schema_editor runs, and the plan goes back to SCAN.
from django.db import connection, models
from blog.models import Entry

idx = models.Index(fields=["number_of_comments"], name="entry_comments_idx")
with connection.schema_editor() as editor:
    editor.add_index(Entry, idx)
mid = Entry.objects.filter(number_of_comments=3).explain()
with connection.schema_editor() as editor:
    editor.remove_index(Entry, idx)
result = (mid, Entry.objects.filter(number_of_comments=3).explain())

from django.db import connection, models
from blog.models import Entry
idx = models.Index(fields=["headline", "-pub_date"], name="p11_head_date_idx")
with connection.schema_editor(collect_sql=True) as editor:
    editor.add_index(Entry, idx)
    editor.remove_index(Entry, idx)
result = editor.collected_sql

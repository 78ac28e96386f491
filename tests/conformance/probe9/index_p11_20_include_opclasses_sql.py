from django.db import connection, models
from blog.models import Entry
out = []
for idx in [
    models.Index(fields=["headline"], name="p11_cover_idx", include=["rating"]),
    models.Index(fields=["headline"], name="p11_ops_idx", opclasses=["varchar_pattern_ops"]),
    models.Index(fields=["rating"], name="p11_part_idx", condition=models.Q(rating__gte=8)),
]:
    with connection.schema_editor(collect_sql=True) as editor:
        editor.add_index(Entry, idx)
    out.append(editor.collected_sql)
result = out

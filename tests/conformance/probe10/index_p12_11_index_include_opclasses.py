from django.db import connection, models
from blog.models import Entry
idx1 = models.Index(fields=["headline"], name="p12_head_incl", include=["rating"])
idx2 = models.Index(fields=["-pub_date", "rating"], name="p12_pub_desc")
with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(Entry, idx1)
    ed.add_index(Entry, idx2)
    ed.remove_index(Entry, idx2)
result = (ed.collected_sql, connection.features.supports_covering_indexes)

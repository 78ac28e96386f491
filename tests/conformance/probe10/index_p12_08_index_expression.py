from django.db import connection, models
from django.db.models.functions import Lower
from blog.models import Author
idx = models.Index(Lower("name"), name="p12_lower_name")
with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(Author, idx)
result = (ed.collected_sql, idx.expressions, idx.fields)

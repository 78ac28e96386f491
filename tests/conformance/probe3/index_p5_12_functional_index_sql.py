# Index on an expression (Lower) SQL.
from django.db import connection, models
from django.db.models.functions import Lower
from blog.models import Author

with connection.schema_editor(collect_sql=True) as ed:
    ed.add_index(Author, models.Index(Lower("name"), name="author_lower_name"))
result = ed.collected_sql

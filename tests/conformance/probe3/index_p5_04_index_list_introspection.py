# introspection: get_constraints on a table after adding an index.
from django.db import connection, models
from blog.models import Entry

with connection.schema_editor() as ed:
    ed.add_index(Entry, models.Index(fields=["pub_date", "rating"], name="e_pd_r"))
with connection.cursor() as c:
    cons = connection.introspection.get_constraints(c, "blog_entry")
r = cons["e_pd_r"]
result = (r["columns"], r["index"], r["unique"], r["primary_key"])

# Introspection: the indexes and constraints Django sees on blog_entry (sorted by name).
from django.db import connection

with connection.cursor() as c:
    cons = connection.introspection.get_constraints(c, "blog_entry")
result = sorted((name, sorted(k for k, v in info.items() if v is True), info["columns"]) for name, info in cons.items())

# ForeignKey columns get an index automatically.
from django.db import connection, reset_queries
connection.features.supports_json_field  # a cached one-time check; keep it out of the recorded queries
reset_queries()
from django.db import connection

with connection.cursor() as c:
    cons = connection.introspection.get_constraints(c, "books_book")
result = sorted((v["columns"], v["index"], v["unique"], v["primary_key"]) for v in cons.values())

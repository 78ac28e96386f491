# introspection.table_names() and get_table_description names.
from django.db import connection, reset_queries
connection.features.supports_json_field  # a cached one-time check; keep it out of the recorded queries
reset_queries()
from django.db import connection

with connection.cursor() as c:
    names = [n for n in connection.introspection.table_names(c) if n.startswith("bank_")]
    desc = [(d.name, d.null_ok) for d in connection.introspection.get_table_description(c, "bank_account")]
result = (names, desc)

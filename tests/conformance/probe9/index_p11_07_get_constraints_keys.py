from django.db import connection, reset_queries
connection.features.supports_json_field  # a cached one-time check; keep it out of the recorded queries
reset_queries()
with connection.cursor() as c:
    cons = connection.introspection.get_constraints(c, "blog_entry")
result = (sorted((name, info["columns"], info["index"], info["unique"]) for name, info in cons.items() if info["index"] or info["unique"]), len(connection.queries))

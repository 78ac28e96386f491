# Both foreign keys of Transfer are indexed: SEARCH on either.
from django.db import connection
out = []
with connection.cursor() as cursor:
    for col in ("source_id", "target_id", "amount"):
        cursor.execute(f"EXPLAIN QUERY PLAN SELECT * FROM bank_transfer WHERE {col} = %s", [1])
        out.append([row[-1] for row in cursor.fetchall()])
result = out

from django.db import connection
qn = connection.ops.quote_name
table = qn("blog_blog")
with connection.cursor() as cur:
    cur.execute(f"SELECT {qn('name')} FROM {table} WHERE {qn('id')} = %s", [4])
    row = cur.fetchone()
result = (table, qn('"already"'), row)

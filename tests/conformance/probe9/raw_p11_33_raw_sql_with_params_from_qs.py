from django.db import connection
from blog.models import Entry
sql, params = Entry.objects.filter(rating__gte=9, blog__name__startswith="D").values("id").query.sql_with_params()
with connection.cursor() as c:
    c.execute(f"SELECT COUNT(*) FROM ({sql}) sub", params)
    n = c.fetchone()[0]
result = (n, connection.queries[-1]["sql"])

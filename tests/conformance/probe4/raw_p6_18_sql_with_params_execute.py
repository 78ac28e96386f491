from django.db import connection
from blog.models import Entry
sql, params = Entry.objects.filter(blog__name="Django Diary", rating__gt=7).values("id").query.sql_with_params()
with connection.cursor() as cursor:
    cursor.execute(sql, params)
    result = (sql, params, [r[0] for r in cursor.fetchall()])

from django.db import connection


def has_praise(blog_id):
    with connection.cursor() as c:
        c.execute('SELECT 1 FROM "blog_entry" WHERE "blog_id" = %s AND "rating" >= 9 LIMIT 1', [blog_id])
        return c.fetchone() is not None

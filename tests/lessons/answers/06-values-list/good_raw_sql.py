from django.db import connection


def headlines(blog_id):
    c = connection.cursor()
    c.execute('SELECT "blog_entry"."headline" FROM "blog_entry" WHERE "blog_entry"."blog_id" = %s ORDER BY "id"',
              [blog_id])
    return [row[0] for row in c.fetchall()]

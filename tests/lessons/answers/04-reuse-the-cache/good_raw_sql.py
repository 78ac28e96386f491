from django.db import connection


def headlines_and_ratings(blog_id):
    with connection.cursor() as c:
        c.execute('SELECT "headline", "rating" FROM "blog_entry" WHERE "blog_id" = %s ORDER BY "pub_date", "id"',
                  [blog_id])
        rows = c.fetchall()
    return [r[0] for r in rows], [r[1] for r in rows]

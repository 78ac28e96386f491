from django.db import connection


def headlines_and_ratings(blog_id):
    c = connection.cursor()
    c.execute('SELECT "headline" FROM "blog_entry" WHERE "blog_id" = %s ORDER BY "pub_date", "id"', [blog_id])
    headlines = [r[0] for r in c.fetchall()]
    c.execute('SELECT "rating" FROM "blog_entry" WHERE "blog_id" = %s ORDER BY "pub_date", "id"', [blog_id])
    return headlines, [r[0] for r in c.fetchall()]

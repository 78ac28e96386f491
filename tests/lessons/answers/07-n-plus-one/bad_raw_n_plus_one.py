from django.db import connection


def entries_with_blog(year):
    c = connection.cursor()
    c.execute('SELECT "headline", "blog_id" FROM "blog_entry" WHERE "pub_date" BETWEEN %s AND %s ORDER BY "id"',
              ['%d-01-01' % year, '%d-12-31' % year])
    pairs = []
    for headline, blog_id in c.fetchall():
        c.execute('SELECT "name" FROM "blog_blog" WHERE "id" = %s LIMIT 21', [blog_id])
        pairs.append((headline, c.fetchone()[0]))
    return pairs

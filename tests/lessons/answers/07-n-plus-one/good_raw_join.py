from django.db import connection


def entries_with_blog(year):
    c = connection.cursor()
    c.execute('SELECT e."headline", b."name" FROM "blog_entry" e INNER JOIN "blog_blog" b ON b."id" = e."blog_id" '
              'WHERE e."pub_date" BETWEEN %s AND %s ORDER BY e."id"', ['%d-01-01' % year, '%d-12-31' % year])
    return [tuple(r) for r in c.fetchall()]

from django.db import connection


def entries_in_year(year):
    with connection.cursor() as c:
        c.execute('SELECT COUNT(*) AS "__count" FROM "blog_entry" WHERE "pub_date" BETWEEN %s AND %s',
                  ['%d-01-01' % year, '%d-12-31' % year])
        return c.fetchone()[0]

from django.db import connection


def entries_in_year(year):
    with connection.cursor() as c:
        c.execute('SELECT * FROM "blog_entry" WHERE "pub_date" BETWEEN %s AND %s',
                  ['%d-01-01' % year, '%d-12-31' % year])
        return len(c.fetchall())

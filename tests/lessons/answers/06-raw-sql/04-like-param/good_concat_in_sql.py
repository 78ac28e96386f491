from django.db import connection


def count_mentions(term):
    with connection.cursor() as cursor:
        # A literal % in SQL that has parameters is written %%.
        cursor.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%%' || %s || '%%'", [term])
        (n,) = cursor.fetchone()
    return n

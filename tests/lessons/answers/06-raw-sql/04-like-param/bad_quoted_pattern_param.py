from django.db import connection


def count_mentions(term):
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM blog_entry WHERE headline LIKE '%%%s%%'", [term])
        return cursor.fetchone()[0]

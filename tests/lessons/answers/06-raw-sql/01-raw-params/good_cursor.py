from django.db import connection


def entry_ids(headline):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id FROM blog_entry WHERE headline = %s ORDER BY id", [headline])
        return [row[0] for row in cursor.fetchall()]

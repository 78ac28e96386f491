from django.db import connection


def count_mentions(term):
    with connection.cursor() as cursor:
        cursor.execute("SELECT headline FROM blog_entry")
        return sum(1 for (h,) in cursor.fetchall() if term.lower() in h.lower())

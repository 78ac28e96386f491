from django.db import connection


def blog_stats(name):
    safe = name.replace("'", "")
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(e.id), AVG(e.rating) FROM blog_entry e "
                       "JOIN blog_blog b ON b.id = e.blog_id WHERE b.name = '%s'" % safe)
        return cursor.fetchone()

from django.db import connection

SQL = """
    SELECT COUNT(e.id), AVG(e.rating)
    FROM blog_entry e
    JOIN blog_blog b ON b.id = e.blog_id
    WHERE b.name = %(name)s
"""


def blog_stats(name):
    with connection.cursor() as cursor:
        cursor.execute(SQL, {"name": name})
        count, average = cursor.fetchone()
    return (count, average)

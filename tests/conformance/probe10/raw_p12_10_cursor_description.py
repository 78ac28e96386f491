from django.db import connection
with connection.cursor() as cur:
    cur.execute("SELECT b.id AS blog_id, b.name, COUNT(e.id) AS n FROM blog_blog b LEFT JOIN blog_entry e ON e.blog_id = b.id WHERE b.id < %s GROUP BY b.id ORDER BY b.id", [3])
    desc = [d[0] for d in cur.description]
    width = len(cur.description[0])
    rows = cur.fetchall()
result = (desc, width, rows)

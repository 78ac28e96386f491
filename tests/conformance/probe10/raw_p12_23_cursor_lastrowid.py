from django.db import connection
with connection.cursor() as cur:
    cur.execute("INSERT INTO blog_blog (name, tagline) VALUES (%s, %s)", ["Raw", "made raw"])
    rid = cur.lastrowid
    rc = cur.rowcount
    cur.execute("SELECT name FROM blog_blog WHERE id = %s", [rid])
    name = cur.fetchone()[0]
result = (rid, rc, name)

from django.db import connection
evil = "x' OR '1'='1"
with connection.cursor() as cur:
    cur.execute(f"SELECT COUNT(*) FROM blog_author WHERE name = '{evil}'")
    unsafe = cur.fetchone()[0]
    cur.execute("SELECT COUNT(*) FROM blog_author WHERE name = %s", [evil])
    safe = cur.fetchone()[0]
result = (unsafe, safe, [q["sql"] for q in connection.queries])

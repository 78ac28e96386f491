# Cursor parameters filled in with Python's % rules and errors (a stray % in a
# literal, %%, mappings, missing keys, counts, width, %d/%r of a QUOTE()d str).
from django.db import connection
out = []
cases = [
    ("SELECT name FROM blog_blog WHERE name LIKE '%%Blog%%' AND id > %s", [0]),
    ("SELECT name FROM blog_blog WHERE name LIKE '%Blog%' AND id > %s", [0]),
    ("SELECT name FROM blog_blog WHERE id = %(x)s", {"x": 1}),
    ("SELECT name FROM blog_blog WHERE id = %(x)s", {"y": 1}),
    ("SELECT name FROM blog_blog WHERE id = %s", [1, 2]),
    ("SELECT name FROM blog_blog WHERE id = %s AND id = %s", [1]),
    ("SELECT name FROM blog_blog WHERE name = %5s", ["a"]),
    ("SELECT name FROM blog_blog WHERE id = %d", [1]),
    ("SELECT name FROM blog_blog WHERE name LIKE 'é%'", []),
    ("SELECT name FROM blog_blog WHERE name = %r", ["x"]),
]
for sql, params in cases:
    try:
        with connection.cursor() as c:
            c.execute(sql, params)
            out.append(("ok", len(c.fetchall())))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
result = out

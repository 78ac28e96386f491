from django.db import connection
try:
    with connection.cursor() as c:
        c.execute("SELEC * FROM blog_blog")
except Exception as exc:
    result = (type(exc).__name__, type(exc).__module__, str(exc))

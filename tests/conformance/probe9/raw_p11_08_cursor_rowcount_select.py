from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT id FROM blog_blog")
    rc_select = c.rowcount
    c.execute("UPDATE blog_entry SET rating = rating WHERE blog_id = %s", [1])
    rc_update = c.rowcount
    c.execute("DELETE FROM blog_entry WHERE id = %s", [-5])
    rc_delete = c.rowcount
result = (rc_select, rc_update, rc_delete)

from django.db import connection
c = connection.cursor()
r = c.execute("SELECT 1")
result = (r.fetchone(), type(c).__name__)

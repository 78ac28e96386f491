from django.db import connection
cursor = connection.cursor()
cursor.execute("SELECT COUNT(*) FROM blog_author")
result = cursor.fetchone()
cursor.close()

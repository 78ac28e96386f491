from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Author
with CaptureQueriesContext(connection) as ctx:
    Author.objects.filter(name__startswith="J").count()
result = [q["sql"] for q in ctx]

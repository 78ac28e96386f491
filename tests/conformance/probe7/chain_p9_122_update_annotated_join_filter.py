from blog.models import Blog
from django.db.models import F
from django.db.models.functions import Upper
from django.db import connection
n = Blog.objects.annotate(u=Upper("entry__headline")).filter(u__startswith="A").update(tagline="a")
result = (n, connection.queries[-1]["sql"])

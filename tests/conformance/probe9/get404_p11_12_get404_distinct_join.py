from django.shortcuts import get_object_or_404
from blog.models import Blog
from django.db import connection
b = get_object_or_404(Blog.objects.distinct(), entry__headline__startswith="Why I love Django (7")
result = (b.name, connection.queries[-1]["sql"])

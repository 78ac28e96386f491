# filter(Q()) adds nothing.
from django.db.models import Q
from blog.models import Blog

result = (str(Blog.objects.filter(Q()).query), Blog.objects.filter(Q()).count())

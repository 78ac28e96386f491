# Blogs by number of entries, most first, ties by name.
from django.db.models import Count
from blog.models import Blog

result = list(Blog.objects.annotate(n=Count("entry")).order_by("-n", "name").values_list("name", "n"))

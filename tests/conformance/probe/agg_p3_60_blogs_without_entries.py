# Count == 0 in HAVING finds blogs with no entries.
from django.db.models import Count
from blog.models import Blog

result = list(Blog.objects.annotate(n=Count("entry")).filter(n=0).values_list("name", flat=True))

from django.db.models import Count
from blog.models import Entry
result = Entry.objects.values("blog_id").annotate(n=Count("id")).explain()

# aggregate() over distinct values.
from django.db.models import Count
from blog.models import Entry

result = Entry.objects.values("blog_id").distinct().aggregate(n=Count("blog_id"))

from django.db.models import Count
from blog.models import Blog
loop = {b.name: b.entry_set.count() for b in Blog.objects.order_by("id")}
db = dict(Blog.objects.annotate(n=Count("entry")).values_list("name", "n"))
result = (loop == db, db)

# explain() of a values() + annotate() query and of a sliced query.
from django.db.models import Count
from blog.models import Entry

a = Entry.objects.values("blog_id").annotate(n=Count("id")).explain()
b = Entry.objects.order_by("pub_date")[:5].explain()
result = (a, b)

from django.db.models import Count
from blog.models import Entry
a = (Entry.objects
     .values("blog_id")
     .annotate(n=Count("id"))
     .filter(n__gte=12)
     .order_by("blog_id"))
b = Entry.objects.values("blog_id").annotate(n=Count("id")).filter(n__gte=12).order_by("blog_id")
result = (str(a.query) == str(b.query), str(a.query), list(a))

from blog.models import Blog, Entry, Author
from django.db.models import Count
qs = Entry.objects.values("blog__name").annotate(n=Count("id")).order_by("-n", "blog__name")
result = (str(qs.query), list(qs))

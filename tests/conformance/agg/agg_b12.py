# aggregate() after HAVING, count() of distinct / values().distinct() / sliced annotated querysets.
from django.db.models import Count, Max
from blog.models import Blog, Entry
a = Blog.objects.annotate(n=Count("entry")).filter(n__gt=10).aggregate(Max("n"))
b = Entry.objects.distinct().count()
c = Entry.objects.values("blog").distinct().count()
d = Blog.objects.annotate(n=Count("entry"))[:2].count()
result = (a, b, c, d)

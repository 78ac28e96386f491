# Subquery counting per outer row (values().annotate() inside).
from django.db.models import OuterRef, Subquery, Count, IntegerField
from blog.models import Blog, Entry
cnt = Entry.objects.filter(blog=OuterRef("pk"), rating__gte=8).order_by().values("blog").annotate(c=Count("pk")).values("c")
qs = Blog.objects.annotate(good=Subquery(cnt, output_field=IntegerField())).order_by("id")
result = list(qs.values_list("name", "good"))

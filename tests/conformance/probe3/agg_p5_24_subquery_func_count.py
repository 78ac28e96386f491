# Func(..., function="COUNT") inside a Subquery.
from django.db.models import Func, IntegerField, OuterRef, Subquery
from blog.models import Blog, Entry

cnt = Entry.objects.filter(blog=OuterRef("pk")).order_by().annotate(c=Func("pk", function="COUNT")).values("c")
qs = Blog.objects.annotate(c=Subquery(cnt, output_field=IntegerField())).order_by("pk")
result = ([(b.pk, b.c) for b in qs], str(qs.query))

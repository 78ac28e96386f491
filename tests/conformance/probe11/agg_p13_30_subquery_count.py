# A counted Subquery: number of entries per blog via values() + annotate in the subquery.
from django.db.models import Count, OuterRef, Subquery, IntegerField
from blog.models import Blog, Entry

n = (Entry.objects.filter(blog=OuterRef("pk")).values("blog").annotate(c=Count("id")).values("c"))
qs = Blog.objects.annotate(n=Subquery(n, output_field=IntegerField())).order_by("id")
result = list(qs.values_list("name", "n"))

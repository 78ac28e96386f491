# The "count in a subquery" idiom: values(fk).annotate(c=Count) inside Subquery.
from django.db.models import Count, IntegerField, OuterRef, Subquery
from blog.models import Blog, Entry

counts = (Entry.objects.filter(blog=OuterRef("pk"), rating__gte=7).order_by().values("blog")
          .annotate(c=Count("*")).values("c"))
qs = Blog.objects.annotate(good=Subquery(counts, output_field=IntegerField())).order_by("id")
result = list(qs.values_list("name", "good"))

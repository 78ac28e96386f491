from django.db.models import Avg, Count, Window, F
from blog.models import Entry
qs = Entry.objects.annotate(
    blog_avg=Window(Avg("rating"), partition_by=[F("blog")]),
    blog_n=Window(Count("id"), partition_by="blog_id"),
).filter(pk__in=[1, 2, 3]).order_by("id")
result = ([(e.id, round(e.blog_avg, 3), e.blog_n) for e in qs], str(qs.query))

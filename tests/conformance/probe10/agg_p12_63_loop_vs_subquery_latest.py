from django.db.models import OuterRef, Subquery
from blog.models import Blog, Entry
loop = {}
for blog in Blog.objects.order_by("id"):
    latest = blog.entry_set.order_by("-pub_date").first()
    loop[blog.name] = latest.headline if latest else None
latest_qs = Entry.objects.filter(blog=OuterRef("pk")).order_by("-pub_date").values("headline")[:1]
orm = dict(Blog.objects.annotate(latest=Subquery(latest_qs)).values_list("name", "latest"))
result = (loop == orm, orm)

# Exists() annotation then filter(b=True).
from django.db.models import Exists, OuterRef
from blog.models import Entry, Blog
qs = Entry.objects.annotate(b=Exists(Blog.objects.filter(pk=OuterRef("blog_id"), name__startswith="D"))).filter(b=True)
result = list(qs.order_by("id").values_list("id", "b")[:4])

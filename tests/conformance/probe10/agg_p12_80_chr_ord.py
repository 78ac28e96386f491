from django.db.models.functions import Chr, Ord, Left
from blog.models import Blog
qs = Blog.objects.annotate(code=Ord("name"), back=Chr(Ord("name"))).order_by("id")[:3]
result = ([(b.code, b.back) for b in qs], str(qs.query))

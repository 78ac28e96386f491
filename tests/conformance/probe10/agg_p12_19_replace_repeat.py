from django.db.models import Value
from django.db.models.functions import Replace, Repeat
from blog.models import Blog
qs = Blog.objects.annotate(r=Replace("name", Value("Blog"), Value("Site")), r2=Replace("name", Value(" ")), rep=Repeat(Value("ab"), 3)).order_by("id")[:2]
result = [(b.r, b.r2, b.rep) for b in qs]
print(qs.query)

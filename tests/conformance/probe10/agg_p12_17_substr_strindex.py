from django.db.models import Value
from django.db.models.functions import Substr, StrIndex
from blog.models import Blog
qs = Blog.objects.annotate(first3=Substr("name", 1, 3), tail=Substr("name", 4), pos=StrIndex("name", Value("Blog"))).order_by("id")
result = [(b.first3, b.tail, b.pos) for b in qs]
print(qs.query)

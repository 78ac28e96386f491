from django.db.models import Value
from django.db.models.functions import Sqrt, Ln
from blog.models import Blog
b = Blog.objects.annotate(s=Sqrt(Value(-1)), l=Ln(Value(0))).get(pk=1)
result = (b.s, b.l)

from django.db.models import Sum, Value
from django.db.models.functions import Coalesce
from blog.models import Blog
qs = Blog.objects.annotate(c=Coalesce(Sum("entry__number_of_comments"), 0)).order_by("id")
result = (list(qs.values_list("name", "c")), str(qs.query))

from django.db.models import Value
from django.db.models.functions import Concat, Upper
from blog.models import Blog
Blog.objects.filter(pk__lte=2).update(name=Concat(Upper("name"), Value(" *")))
result = list(Blog.objects.order_by("id").values_list("name", flat=True)[:3])

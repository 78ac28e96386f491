# update() with a database function and Concat.
from django.db.models import Value
from django.db.models.functions import Concat, Upper
from blog.models import Blog

n = Blog.objects.filter(pk__lte=2).update(name=Upper("name"), tagline=Concat("tagline", Value("!")))
result = (n, list(Blog.objects.filter(pk__lte=2).order_by("id").values_list("name", "tagline")))

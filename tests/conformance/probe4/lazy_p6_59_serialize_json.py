from django.core import serializers
from blog.models import Blog
result = serializers.serialize("json", Blog.objects.filter(pk__lte=2).order_by("id"))

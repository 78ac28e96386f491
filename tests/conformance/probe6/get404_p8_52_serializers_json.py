from django.core import serializers
from blog.models import Blog
result = serializers.serialize("json", Blog.objects.order_by("id")[:2])

# get_object_or_404 on an annotated QuerySet, filtering on the annotation.
from django.db.models import Count
from django.shortcuts import get_object_or_404
from blog.models import Blog

b = get_object_or_404(Blog.objects.annotate(n=Count("entry")), n__gte=20)
result = (b.name, b.n)

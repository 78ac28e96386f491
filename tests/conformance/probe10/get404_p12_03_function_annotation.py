from django.shortcuts import get_object_or_404
from django.db.models.functions import Lower
from blog.models import Blog
b = get_object_or_404(Blog.objects.annotate(lname=Lower("name")), lname="python pulse")
result = (b.pk, b.lname)

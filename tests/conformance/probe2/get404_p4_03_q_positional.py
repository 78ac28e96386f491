# get_object_or_404 with a Q object positional argument.
from django.db.models import Q
from django.shortcuts import get_object_or_404
from blog.models import Blog

result = get_object_or_404(Blog, Q(name__startswith="Py") | Q(name="zz")).pk

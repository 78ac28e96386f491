from django.shortcuts import get_object_or_404
from blog.models import Blog
try:
    get_object_or_404(Blog, entry__rating=10)
except Exception as exc:
    result = (type(exc).__name__, str(exc))

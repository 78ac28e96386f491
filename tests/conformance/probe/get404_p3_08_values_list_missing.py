# Http404 message for a values_list QuerySet still names the model.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Blog

try:
    get_object_or_404(Blog.objects.values_list("name", flat=True), name="Nope")
    msg = "found"
except Http404 as exc:
    msg = str(exc)
result = msg

# get_object_or_404 with select_related: one query, then e.blog is free.
from django.shortcuts import get_object_or_404
from blog.models import Entry

e = get_object_or_404(Entry.objects.select_related("blog"), pk=10)
result = (e.headline, e.blog.name)

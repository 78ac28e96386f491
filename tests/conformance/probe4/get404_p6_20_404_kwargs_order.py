from django.shortcuts import get_object_or_404
from blog.models import Entry
e = get_object_or_404(Entry.objects.select_related("blog"), headline__startswith="Thoughts on Django (1)")
result = (e.id, e.blog.name)

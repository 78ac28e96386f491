from django.shortcuts import get_object_or_404
from blog.models import Entry
from django.db import connection
e = get_object_or_404(Entry.objects.select_related("blog"), pk=7)
result = (e.blog.name, [q["sql"] for q in connection.queries])

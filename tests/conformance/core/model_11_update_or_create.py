# update_or_create() locks, updates and saves the found row.
from blog.models import Blog

obj, created = Blog.objects.update_or_create(name="Empty Blog", defaults={"tagline": "Now with content"})
result = (obj.pk, obj.tagline, created)

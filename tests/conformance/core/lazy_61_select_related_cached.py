# With select_related the related object is already loaded.
from blog.models import Entry

e = Entry.objects.select_related("blog").get(pk=7)
result = (e.blog.name, e.blog.tagline)

# select_related(None) and prefetch_related(None) clear earlier calls.
from blog.models import Entry

qs = Entry.objects.select_related("blog").prefetch_related("authors").select_related(None).prefetch_related(None)
e = qs.get(pk=1)
result = (e.blog.name, len(e.authors.all()))

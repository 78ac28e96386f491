# prefetch_related on a forward FK: blogs fetched in one IN query.
from blog.models import Entry

result = [(e.id, e.blog.name) for e in Entry.objects.filter(id__lte=5).order_by("id").prefetch_related("blog")]

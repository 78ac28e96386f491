# prefetch_related_objects() on a plain list of instances: one query for all of them.
from django.db.models import prefetch_related_objects
from blog.models import Entry

entries = [Entry.objects.get(pk=1), Entry.objects.get(pk=2), Entry.objects.get(pk=3)]
prefetch_related_objects(entries, "blog", "authors")
result = [(e.blog.name, len(e.authors.all())) for e in entries]

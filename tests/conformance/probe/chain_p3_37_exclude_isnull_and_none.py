# exclude(blog__name=None) across a FK, exclude(pk=None).
from blog.models import Entry

result = (Entry.objects.exclude(blog__name=None).count(), Entry.objects.exclude(pk=None).count())

# exclude(authors=None) after one entry lost its authors: that entry must be excluded
# (the NOT EXISTS subquery needs the LEFT JOIN from blog_entry, not the bare M2M table).
from blog.models import Entry

Entry.objects.get(pk=1).authors.clear()
result = (Entry.objects.exclude(authors=None).count(), Entry.objects.exclude(authors__isnull=True).distinct().count(),
          Entry.objects.filter(authors__isnull=True).count())

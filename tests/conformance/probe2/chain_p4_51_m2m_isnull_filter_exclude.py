# authors__isnull=True vs exclude(authors__isnull=True).
from blog.models import Entry

a = Entry.objects.filter(authors__isnull=True)
b = Entry.objects.exclude(authors__isnull=True).distinct()
result = (str(a.query), a.count(), str(b.query), b.count())

# exclude on a related field with None.
from blog.models import Entry

qs = Entry.objects.exclude(authors=None)
qs2 = Entry.objects.filter(authors=None)
result = (str(qs.query), qs.count(), str(qs2.query), qs2.count())

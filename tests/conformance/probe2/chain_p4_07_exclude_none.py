# exclude(field=None) is IS NOT NULL; filter(field=None) IS NULL.
from blog.models import Entry

a = Entry.objects.exclude(headline=None)
b = Entry.objects.filter(headline__exact=None)
c = Entry.objects.filter(blog=None)
result = (str(a.query), str(b.query), str(c.query), a.count(), b.count(), c.count())

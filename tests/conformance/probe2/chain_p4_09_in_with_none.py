# __in with None inside is dropped; all None means empty.
from blog.models import Entry

a = Entry.objects.filter(pk__in=[None, 1, 2])
b = Entry.objects.filter(pk__in=[None])
result = (str(a.query), a.count(), b.count())

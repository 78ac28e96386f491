# exclude(pk__in=[None]) and filter(blog__name__in=[]).
from blog.models import Entry

a = Entry.objects.exclude(pk__in=[None])
b = Entry.objects.filter(blog__name__in=[])
result = (str(a.query), a.count(), b.count())

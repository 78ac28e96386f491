# exclude(pk__in=[]) matches everything; filter(pk__in=[]) | qs.
from blog.models import Entry

a = Entry.objects.exclude(pk__in=[])
b = Entry.objects.filter(pk__in=[]) | Entry.objects.filter(blog_id=2)
result = (str(a.query), a.count(), str(b.query), b.count())

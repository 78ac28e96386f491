# exclude(a, b) is NOT (a AND b); exclude(a).exclude(b) is NOT a AND NOT b.
from blog.models import Entry

a = Entry.objects.exclude(blog_id=1, rating__gte=5)
b = Entry.objects.exclude(blog_id=1).exclude(rating__gte=5)
result = (str(a.query), a.count(), str(b.query), b.count())

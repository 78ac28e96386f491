# count() is not cached: two calls, two queries; len() then count() is one query.
from blog.models import Entry

qs = Entry.objects.filter(rating__gt=5)
a = qs.count()
b = qs.count()
qs2 = Entry.objects.filter(rating__gt=5)
c = len(qs2)
d = qs2.count()
result = (a, b, c, d)

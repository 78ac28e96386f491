# qs1 & qs2 and qs1 | qs2 with different filters.
from blog.models import Entry

x = Entry.objects.filter(blog_id=1)
y = Entry.objects.filter(rating__gte=8)
result = (str((x & y).query), (x & y).count(), str((x | y).query), (x | y).count())

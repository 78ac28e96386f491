# Breaking out of a loop after the first row still fetched all rows; len() is then free.
from blog.models import Entry

qs = Entry.objects.filter(blog_id=2).order_by("id")
for e in qs:
    first = e.id
    break
result = (first, len(qs))

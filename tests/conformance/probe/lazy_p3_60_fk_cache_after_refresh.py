# refresh_from_db() clears cached FK objects: e.blog queries again.
from blog.models import Entry

e = Entry.objects.select_related("blog").get(pk=1)
n1 = e.blog.name
e.refresh_from_db()
n2 = e.blog.name
result = (n1, n2)

# refresh_from_db() drops a cached foreign key whose id changed.
from blog.models import Entry

e = Entry.objects.get(pk=1)
e.blog
Entry.objects.filter(pk=1).update(blog_id=5)
e.refresh_from_db()
result = e.blog.name

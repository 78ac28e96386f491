# first() on an empty QuerySet returns None.
from blog.models import Entry

result = Entry.objects.filter(blog_id=5).first()

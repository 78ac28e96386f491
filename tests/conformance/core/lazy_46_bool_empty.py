# bool() of an empty QuerySet.
from blog.models import Entry

result = bool(Entry.objects.filter(blog_id=5))

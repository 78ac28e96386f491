# last() on an unordered QuerySet orders by -pk.
from blog.models import Entry

result = Entry.objects.filter(blog_id=3).last()

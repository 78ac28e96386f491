# blog__isnull=False on a non-null FK: no join.
from blog.models import Entry

result = (str(Entry.objects.filter(blog__isnull=False).query), str(Entry.objects.filter(blog__name__isnull=False).query))

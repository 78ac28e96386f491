# QuerySet.delete() with cascades wraps the collector's statements in one transaction.
from blog.models import Entry

result = Entry.objects.filter(blog_id=4, rating__gte=7).delete()

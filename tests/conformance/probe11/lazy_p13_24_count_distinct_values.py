# count() of values().distinct() wraps the distinct rows in a subquery.
from blog.models import Entry

result = (Entry.objects.values("blog_id").distinct().count(),
          Entry.objects.values("rating").distinct().count())

# explain() of an aggregate query and of a values() query.
from django.db.models import Count
from blog.models import Entry

result = (Entry.objects.values("blog_id").annotate(n=Count("id")).explain(),
          Entry.objects.filter(blog_id=1).values("headline").explain())

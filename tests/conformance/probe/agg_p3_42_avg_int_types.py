# Avg of an IntegerField is a float; Sum/Max of an empty set is None; Count is 0.
from django.db.models import Avg, Count, Max, Sum
from blog.models import Entry

result = (Entry.objects.filter(blog_id=1).aggregate(Avg("rating")),
          Entry.objects.filter(pk__lt=0).aggregate(Sum("rating"), Max("pub_date"), Count("id")))

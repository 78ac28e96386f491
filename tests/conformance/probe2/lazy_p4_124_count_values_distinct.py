# count() on values().distinct().
from blog.models import Entry

result = (Entry.objects.values("blog_id").distinct().count(), Entry.objects.values_list("rating", flat=True).distinct().count())

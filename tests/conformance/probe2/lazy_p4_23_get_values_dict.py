# get() on a values() QuerySet gives the dict.
from blog.models import Entry

result = (Entry.objects.values("id", "blog_id").get(pk=7), Entry.objects.values_list("headline", flat=True).get(pk=7))

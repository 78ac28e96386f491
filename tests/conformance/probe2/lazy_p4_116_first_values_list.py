# first()/last() on values_list and values.
from blog.models import Entry

result = (Entry.objects.values_list("id", "rating").first(), Entry.objects.values("id").last(), Entry.objects.values_list("headline", flat=True).order_by("-id").first())

# icontains.
from blog.models import Entry

result = list(Entry.objects.filter(headline__icontains="cheese").values_list("id", flat=True).order_by("id"))[:5]

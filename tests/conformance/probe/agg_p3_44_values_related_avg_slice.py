# Average rating per blog name, top two.
from django.db.models import Avg
from blog.models import Entry

result = list(Entry.objects.values("blog__name").annotate(avg=Avg("rating")).order_by("-avg", "blog__name")[:2])

# pk aliases the primary key in lookups.
from blog.models import Entry

result = list(Entry.objects.filter(pk__in=[4, 5], pk__gt=4).values_list("id", flat=True))

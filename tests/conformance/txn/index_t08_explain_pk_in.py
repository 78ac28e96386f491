# explain() with a pk__in lookup and an M2M filter.
from blog.models import Entry

result = (Entry.objects.filter(pk__in=[1, 2, 3]).explain(),
          Entry.objects.filter(authors__name="Joe").explain())

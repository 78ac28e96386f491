# MultipleObjectsReturned says "more than 20" past the LIMIT 21.
from blog.models import Entry

result = Entry.objects.get(rating__gte=1)

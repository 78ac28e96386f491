# More than 20 matches: the message says "more than 20" (get() fetches at most 21).
from blog.models import Entry

try:
    Entry.objects.get(rating__gte=1)
except Entry.MultipleObjectsReturned as exc:
    result = str(exc)

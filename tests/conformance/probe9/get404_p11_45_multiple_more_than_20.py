from blog.models import Entry
from django.db import connection
try:
    Entry.objects.get(rating__gte=1)
except Entry.MultipleObjectsReturned as exc:
    result = (str(exc), connection.queries[-1]["sql"])

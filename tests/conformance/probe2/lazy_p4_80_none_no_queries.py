# none(): iterating, count(), exists(), aggregate run no SQL.
from django.db import connection
from django.db.models import Sum
from blog.models import Entry

qs = Entry.objects.none()
result = (list(qs), qs.count(), qs.exists(), qs.aggregate(s=Sum("rating")), qs.first(), len(connection.queries))

from django.db.models import Sum, Count
from blog.models import Entry
from django.db import connection
qs = Entry.objects.none()
result = (qs.aggregate(s=Sum("rating"), n=Count("id")), qs.update(rating=1), qs.delete(), len(connection.queries))

from django.db.models import Count
from blog.models import Entry
result = Entry.objects.aggregate(authors=Count("authors", distinct=True), rows=Count("authors"))

# first() on a sliced QuerySet: Django indexes it ([0]).
from blog.models import Entry

qs = Entry.objects.order_by("-rating", "id")[3:8]
result = qs.first().id

# values() of a foreign key then annotate, and distinct() with annotate.
from django.db.models import Count, Max
from blog.models import Entry
a = list(Entry.objects.values("blog").annotate(m=Max("rating")).order_by("blog"))
b = list(Entry.objects.values_list("rating", flat=True).distinct().order_by("rating"))
c = Entry.objects.values("rating").distinct().count()
result = (a, b, c)

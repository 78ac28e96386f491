# F() with arithmetic on both sides.
from django.db.models import F
from blog.models import Entry

result = list(Entry.objects.filter(rating__gt=F("number_of_pingbacks") + 5).order_by("id").values_list("id", flat=True))

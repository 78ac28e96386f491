# F() with division inside filter (integer division on SQLite).
from django.db.models import F
from blog.models import Entry

result = sorted(Entry.objects.filter(number_of_comments__gt=F("number_of_pingbacks") * 3).values_list("id", flat=True))[:8]

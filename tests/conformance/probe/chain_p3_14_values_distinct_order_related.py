# values("blog__name").distinct() with ordering on the same related field.
from blog.models import Entry

result = list(Entry.objects.filter(rating__gte=9).values("blog__name").distinct().order_by("blog__name"))

# Span a forward FK.
from blog.models import Entry

result = list(Entry.objects.filter(blog__name="Cheddar Talk", rating__gte=5).order_by("id").values_list("id", flat=True))

# values() with a related field used in order_by: the alias is reused as a position.
from blog.models import Entry

result = list(Entry.objects.filter(id__lte=4).values("blog__name", "id").order_by("blog__name", "-id"))

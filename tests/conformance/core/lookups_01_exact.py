# exact, implicit and explicit; exact None becomes IS NULL.
from blog.models import Entry

result = list(Entry.objects.filter(rating__exact=10, blog_id=2).order_by("id").values_list("id", flat=True))

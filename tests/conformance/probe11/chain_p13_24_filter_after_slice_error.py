# Filtering after slicing is refused.
from blog.models import Entry

qs = Entry.objects.order_by("id")[:5]
try:
    qs.filter(rating=5)
except TypeError as exc:
    result = str(exc)

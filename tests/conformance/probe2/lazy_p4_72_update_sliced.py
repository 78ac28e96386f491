# update() after slicing is refused.
from blog.models import Entry

try:
    Entry.objects.all()[:3].update(rating=1)
    result = "ok"
except TypeError as exc:
    result = str(exc)

# explain(format=...) is refused on SQLite.
from blog.models import Entry

try:
    Entry.objects.filter(rating=5).explain(format="json")
except ValueError as exc:
    result = str(exc)

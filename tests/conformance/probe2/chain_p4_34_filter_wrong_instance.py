# Filtering a foreign key by an instance of the wrong model.
from blog.models import Entry, Author

try:
    list(Entry.objects.filter(blog=Author.objects.get(pk=1)))
    result = "ok"
except ValueError as exc:
    result = str(exc)

# Negative indexing is not supported (raises before any query).
from blog.models import Entry

result = Entry.objects.order_by("id")[-1]

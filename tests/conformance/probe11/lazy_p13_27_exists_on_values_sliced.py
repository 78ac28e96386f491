# exists() on a slice keeps the slice's offset in the query.
from blog.models import Entry

result = (Entry.objects.order_by("id")[59:].exists(), Entry.objects.order_by("id")[60:].exists())

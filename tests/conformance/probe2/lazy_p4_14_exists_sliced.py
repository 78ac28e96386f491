# exists() on a sliced QuerySet keeps the slice.
from blog.models import Entry

result = (Entry.objects.order_by("id")[58:].exists(), Entry.objects.order_by("id")[60:].exists())

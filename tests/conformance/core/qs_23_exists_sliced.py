# exists() on a sliced queryset.
from blog.models import Entry

result = (Entry.objects.order_by("id")[59:].exists(), Entry.objects.order_by("id")[60:].exists())

# exact=None becomes IS NULL.
from blog.models import Entry

result = list(Entry.objects.filter(headline=None))

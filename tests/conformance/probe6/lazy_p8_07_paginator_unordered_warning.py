import warnings
from django.core.paginator import Paginator, UnorderedObjectListWarning
from blog.models import Entry
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p = Paginator(Entry.objects.all(), 5)
result = [(x.category.__name__, str(x.message)) for x in w]

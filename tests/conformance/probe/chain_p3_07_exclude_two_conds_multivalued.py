# exclude() with two conditions on one multi-valued relation.
from blog.models import Entry

qs = Entry.objects.exclude(authors__name__startswith="J", authors__email__endswith=".com")
result = (qs.count(), str(qs.query))

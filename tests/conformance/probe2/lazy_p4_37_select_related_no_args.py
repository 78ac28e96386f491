# select_related() with no arguments follows non-null foreign keys.
from blog.models import Entry

es = list(Entry.objects.select_related().filter(pk__in=[1, 2]).order_by("id"))
result = [e.blog.name for e in es]

# exclude() across an M2M: a NOT IN subquery.
from blog.models import Entry

qs = Entry.objects.exclude(authors__name="Joe")
result = (str(qs.query), qs.count())

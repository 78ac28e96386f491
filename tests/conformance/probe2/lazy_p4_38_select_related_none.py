# select_related(None) clears it.
from blog.models import Entry

qs = Entry.objects.select_related("blog").select_related(None)
e = qs.get(pk=1)
result = (str(qs.query), e.blog.name)

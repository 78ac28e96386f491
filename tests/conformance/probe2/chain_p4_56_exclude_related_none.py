# exclude(blog__name=None) across a relation.
from blog.models import Entry

qs = Entry.objects.exclude(blog__name=None)
result = (str(qs.query), qs.count())

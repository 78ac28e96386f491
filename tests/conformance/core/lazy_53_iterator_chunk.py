# iterator(chunk_size=...) streams; the result cache stays empty.
from blog.models import Entry

qs = Entry.objects.filter(rating=10).order_by("id")
ids = [e.id for e in qs.iterator(chunk_size=2)]
result = (ids, qs._result_cache)

# Indexing an unevaluated QuerySet twice runs two queries (indexing never fills the cache).
from blog.models import Entry

qs = Entry.objects.values_list("id", flat=True).order_by("-id")
result = (qs[0], qs[0], qs[1], qs._result_cache)

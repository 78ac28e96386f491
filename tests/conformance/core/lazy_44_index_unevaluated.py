# Indexing an unevaluated QuerySet runs LIMIT 1 OFFSET n.
from blog.models import Entry

qs = Entry.objects.order_by("-rating", "id")
result = (qs[3].id, qs._result_cache)

# Author -> entry_set (reverse M2M) -> blog (forward FK): three queries.
from blog.models import Author

out = []
for a in Author.objects.filter(pk__in=[1, 6]).order_by("id").prefetch_related("entry_set__blog"):
    out.append((a.name, sorted({e.blog.name for e in a.entry_set.all()})))
result = out

# defer() leaves columns out of the SELECT.
from blog.models import Entry

qs = Entry.objects.defer("body_text", "mod_date").filter(id__in=[1, 2])
result = [(e.id, e.headline) for e in qs.order_by("id")]

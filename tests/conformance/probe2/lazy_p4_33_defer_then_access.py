# defer(): reading the deferred field runs a SELECT of that field only.
from blog.models import Entry

e = Entry.objects.defer("body_text", "headline").get(pk=3)
d = sorted(e.get_deferred_fields())
h = e.headline
result = (d, sorted(e.get_deferred_fields()), h)

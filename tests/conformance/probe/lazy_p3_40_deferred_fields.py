# get_deferred_fields() after defer(); reading one deferred field loads only that one.
from blog.models import Entry

e = Entry.objects.defer("body_text", "rating").get(pk=1)
before = sorted(e.get_deferred_fields())
r = e.rating
after = sorted(e.get_deferred_fields())
result = (before, r, after)

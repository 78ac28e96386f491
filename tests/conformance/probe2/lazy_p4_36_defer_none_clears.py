# defer(None) clears the deferred set; only() after defer.
from blog.models import Entry

qs = Entry.objects.defer("body_text").defer(None)
q2 = Entry.objects.defer("body_text").only("headline")
result = (str(qs.query), str(q2.query))

# exclude() with a regex, and its SQL.
from blog.models import Entry

qs = Entry.objects.exclude(headline__regex=r"\(\d+\)$")
result = (qs.count(), str(qs.query))

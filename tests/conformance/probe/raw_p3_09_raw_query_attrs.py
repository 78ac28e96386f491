# RawQuerySet.query, str(raw.query) and params; no query runs.
from blog.models import Entry

rs = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating > %s", [8])
result = (str(rs.query), rs.params, rs.model.__name__, repr(rs))

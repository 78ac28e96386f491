from blog.models import Entry
qs = Entry.objects.raw("SELECT id, headline FROM blog_entry WHERE rating > %s ORDER BY id", (8,))
result = (str(qs.query), [e.id for e in qs[:3]], qs.params, qs.raw_query[:20])

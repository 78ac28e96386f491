from blog.models import Entry
qs = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating = %s", [10])
result = (repr(qs), str(qs.query) if hasattr(qs, "query") else None)

from blog.models import Entry
rqs = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating > %s ORDER BY id", [8])
result = (str(rqs), repr(rqs), rqs.params, rqs.raw_query, rqs.columns[:3])

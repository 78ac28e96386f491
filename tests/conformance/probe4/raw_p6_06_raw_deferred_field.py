from blog.models import Entry
rows = list(Entry.objects.raw("SELECT id, headline FROM blog_entry WHERE id = %s", [3]))
e = rows[0]
result = (e.headline, e.rating)

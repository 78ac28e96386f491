from blog.models import Entry
rows = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating = %s ORDER BY id", [10])
result = [(e.id, e.blog.name) for e in rows][:3]

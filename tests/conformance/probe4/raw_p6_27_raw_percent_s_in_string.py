from blog.models import Entry
rows = Entry.objects.raw("SELECT * FROM blog_entry WHERE headline LIKE %s AND rating > %s ORDER BY id", ("%Django%", 7))
result = [e.id for e in rows]

from blog.models import Entry
term = "python"
rows = Entry.objects.raw("SELECT * FROM blog_entry WHERE headline LIKE %s ORDER BY id", [f"%{term}%"])
result = [e.id for e in rows][:4]

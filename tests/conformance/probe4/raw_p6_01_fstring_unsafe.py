from blog.models import Entry
rating = 10
rows = Entry.objects.raw(f"SELECT * FROM blog_entry WHERE rating = {rating} ORDER BY id")
result = [e.id for e in rows][:5]

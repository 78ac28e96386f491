from blog.models import Entry
rows = Entry.objects.raw("SELECT e.*, b.name AS blog_name FROM blog_entry e JOIN blog_blog b ON b.id = e.blog_id WHERE e.rating = %s ORDER BY e.id", [10])
result = [(e.id, e.blog_name) for e in rows][:3]

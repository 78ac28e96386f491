from blog.models import Entry
e = Entry.objects.raw("SELECT id, blog_id, headline FROM blog_entry WHERE id = %s", [2])[0]
result = (e.blog_id, e.blog.name, e.headline)

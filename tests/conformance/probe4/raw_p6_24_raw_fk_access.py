from blog.models import Entry
e = Entry.objects.raw("SELECT * FROM blog_entry WHERE id = %s", [2])[0]
result = (e.blog.name, [a.name for a in e.authors.order_by("id")])

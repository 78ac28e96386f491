from blog.models import Entry
e = list(Entry.objects.raw("SELECT * FROM blog_entry WHERE id = %s", [1]))[0]
result = (e.pub_date, type(e.pub_date).__name__, e.blog.name)

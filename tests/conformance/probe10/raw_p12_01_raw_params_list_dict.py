from blog.models import Entry
a = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating >= %s AND blog_id = %s ORDER BY id", [5, 2])
b = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating >= %(r)s AND blog_id = %(b)s ORDER BY id", {"r": 5, "b": 2})
result = ([e.id for e in a], [e.id for e in b], b.params, str(b))

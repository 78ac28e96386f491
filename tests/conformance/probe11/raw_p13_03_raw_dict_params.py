# raw() with a dict of named params (%(name)s).
from blog.models import Entry

rows = Entry.objects.raw("SELECT * FROM blog_entry WHERE rating >= %(lo)s AND blog_id = %(b)s ORDER BY id",
                         {"lo": 8, "b": 4})
result = [(e.id, e.rating) for e in rows]

from blog.models import Entry
rqs = Entry.objects.raw("SELECT id, pub_date, pub_date AS raw_date FROM blog_entry WHERE id = %s", [1])
e = rqs[0]
result = (e.pub_date, type(e.pub_date).__name__, e.raw_date, type(e.raw_date).__name__)

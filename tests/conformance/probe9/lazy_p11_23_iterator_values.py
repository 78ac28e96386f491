from blog.models import Entry
it = Entry.objects.filter(blog_id=4).order_by("id").values("id", "rating").iterator(chunk_size=2)
rows = list(it)
result = (type(rows[0]).__name__, rows)

from blog.models import Entry
rows = Entry.objects.filter(blog_id=4).order_by("id").values_list("id", "headline", named=True)
out = [f"{r.id}:{r.headline}" for r in rows]
r0 = rows[0]
result = (out, type(r0).__name__, r0._fields, r0._asdict())

# raw() on Blog selecting Entry rows: any column named id works; others become attributes.
from blog.models import Blog

rows = list(Blog.objects.raw("SELECT id, headline AS name FROM blog_entry WHERE id <= 2 ORDER BY id"))
result = [(b.id, b.name, type(b).__name__) for b in rows]

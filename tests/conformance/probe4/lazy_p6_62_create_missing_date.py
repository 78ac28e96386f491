from blog.models import Entry
try:
    Entry.objects.create(blog_id=1, headline="h", body_text="b")
except Exception as exc:
    result = (type(exc).__name__, str(exc))

from blog.models import Entry
try:
    Entry.objects.create(blog=1, headline="h", body_text="b", pub_date="2024-01-01")
except Exception as exc:
    result = (type(exc).__name__, str(exc))

# raw() must include the primary key.
from blog.models import Entry

try:
    list(Entry.objects.raw("SELECT headline FROM blog_entry"))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))

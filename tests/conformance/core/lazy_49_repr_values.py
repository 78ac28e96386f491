# repr() of a values() QuerySet shows dicts.
from blog.models import Entry

result = repr(Entry.objects.filter(blog_id=4).order_by("id").values("id", "rating"))

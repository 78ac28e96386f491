from django.db import connection, models
from blog.models import Entry
qs = Entry.objects.filter(blog_id=2, rating__gte=8).order_by("rating")
before = qs.explain()
with connection.schema_editor() as editor:
    editor.add_index(Entry, models.Index(fields=["blog", "rating"], name="p11_blog_rating_idx"))
after = qs.explain()
print(before)
print(after)
result = (before != after, "p11_blog_rating_idx" in after)

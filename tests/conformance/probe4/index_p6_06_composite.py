from django.db import connection, models
from blog.models import Entry
with connection.schema_editor() as editor:
    editor.add_index(Entry, models.Index(fields=["blog", "-pub_date"], name="entry_blog_date_idx"))
result = Entry.objects.filter(blog_id=2).order_by("-pub_date").explain()

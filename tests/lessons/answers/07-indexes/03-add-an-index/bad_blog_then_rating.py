from django.db import connection, models

from blog.models import Entry


def add_rating_index():
    with connection.schema_editor() as editor:
        editor.add_index(Entry, models.Index(fields=["blog", "rating"], name="entry_blog_rating_idx"))

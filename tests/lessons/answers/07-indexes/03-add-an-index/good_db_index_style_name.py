from django.db import connection, models

from blog.models import Entry


def add_rating_index():
    index = models.Index(fields=["rating", "pub_date"], name="blog_entry_rating_pub_idx")
    with connection.schema_editor() as editor:
        editor.add_index(Entry, index)

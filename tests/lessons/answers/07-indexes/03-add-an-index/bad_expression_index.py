from django.db import connection, models
from django.db.models import F

from blog.models import Entry


def add_rating_index():
    with connection.schema_editor() as editor:
        editor.add_index(Entry, models.Index(F("rating") + 0, name="entry_rating_plus_idx"))

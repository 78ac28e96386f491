from django.db import connection, models
from django.db.models import Q
from blog.models import Entry
with connection.schema_editor() as editor:
    editor.add_index(Entry, models.Index(fields=["rating"], name="hot_idx", condition=Q(rating__gte=9)))
result = (Entry.objects.filter(rating__gte=9).explain(), Entry.objects.filter(rating=5).explain())

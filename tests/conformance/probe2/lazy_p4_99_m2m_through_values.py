# The auto-created through model.
from blog.models import Entry

T = Entry.authors.through
result = (T.__name__, T._meta.db_table, sorted(f.name for f in T._meta.get_fields()), T.objects.filter(entry_id=1).count())

# Row namedtuples from values_list(named=True): repr, _fields, attribute access.
from blog.models import Entry

row = Entry.objects.values_list("id", "blog__name", named=True).get(pk=1)
result = (repr(row), row._fields, row.blog__name, type(row).__name__)

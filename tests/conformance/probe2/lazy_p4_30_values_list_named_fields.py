# values_list(named=True) rows: a namedtuple named Row with the field names.
from blog.models import Entry

r = Entry.objects.values_list("id", "blog__name", named=True).order_by("id").first()
result = (r, r._fields, r.blog__name, type(r).__name__)

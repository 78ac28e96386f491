# in_bulk() returns a dict keyed by pk.
from blog.models import Entry

result = Entry.objects.in_bulk([1, 2, 3])

# Indexing inside a slice: [2:10][3] is LIMIT 1 OFFSET 5.
from blog.models import Entry

result = Entry.objects.order_by("id")[2:10][3].id

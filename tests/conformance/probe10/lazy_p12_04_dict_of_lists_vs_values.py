from collections import defaultdict
from books.models import Book
loop = defaultdict(list)
for b in Book.objects.select_related("publisher").order_by("name"):
    loop[b.publisher.name].append(b.name)
orm = defaultdict(list)
for pub, name in Book.objects.order_by("name").values_list("publisher__name", "name"):
    orm[pub].append(name)
result = (dict(loop) == dict(orm), sorted(orm))

# A related manager's all() is a new QuerySet each time: two queries.
from books.models import Publisher

p = Publisher.objects.get(pk=1)
a = [b.id for b in p.book_set.order_by("id")]
b = [b.id for b in p.book_set.order_by("id")]
qs = p.book_set.all()
result = (a == b, len(qs), qs.count())

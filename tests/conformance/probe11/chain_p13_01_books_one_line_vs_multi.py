# The same books chain on one line and over several lines: equal SQL and equal query counts.
from django.db import connection
from django.db.models import Q
from books.models import Book

one = Book.objects.filter(pubdate__year__gte=2008).exclude(price__gt=50).filter(Q(name__icontains="django") | Q(pages__gt=500)).order_by("-rating", "name").distinct()
multi = (
    Book.objects
    .filter(pubdate__year__gte=2008)
    .exclude(price__gt=50)
    .filter(Q(name__icontains="django") | Q(pages__gt=500))
    .order_by("-rating", "name")
    .distinct()
)
n0 = len(connection.queries)
a = [b.id for b in one]
n1 = len(connection.queries)
b = [b.id for b in multi]
n2 = len(connection.queries)
result = (str(one.query) == str(multi.query), a == b, n1 - n0, n2 - n1, a)

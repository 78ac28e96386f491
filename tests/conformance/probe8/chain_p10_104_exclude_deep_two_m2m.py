from books.models import Author, Publisher, Book, Store
from django.db.models import Q
qs = Store.objects.exclude(books__authors__age__gt=50).order_by("id")
qs2 = Store.objects.filter(~Q(books__authors__age__gt=51)).order_by("id")
result = (str(qs.query), [s.id for s in qs], str(qs2.query), [s.id for s in qs2])

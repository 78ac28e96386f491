from django.db.models import Sum
from books.models import Store
loop = {s.name: sum(b.price for b in s.books.all()) for s in Store.objects.order_by("id")}
db = {s.name: s.t for s in Store.objects.annotate(t=Sum("books__price"))}
result = (loop, db, loop == db)

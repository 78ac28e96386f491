# order_by across two relations: store -> books -> publisher name.
from books.models import Store

qs = Store.objects.filter(books__pages__gt=900).order_by("books__publisher__name", "name")
result = (list(qs.values_list("name", "books__publisher__name")), str(qs.query))

from django.db.models import Sum
from books.models import Store
result = [(s.name, repr(s.total)) for s in Store.objects.annotate(total=Sum("books__price")).order_by("name")]

# Store -> books -> authors: oldest author age per store and number of distinct authors.
from django.db.models import Count, Max
from books.models import Store

qs = Store.objects.annotate(oldest=Max("books__authors__age"), n=Count("books__authors", distinct=True)).order_by("id")
result = list(qs.values_list("name", "oldest", "n"))

# Count(distinct=True) against plain Count across store -> books -> authors.
from django.db.models import Count
from books.models import Store

result = list(Store.objects.annotate(authors=Count("books__authors", distinct=True),
                                     links=Count("books__authors"), books_n=Count("books", distinct=True))
              .order_by("id").values_list("name", "authors", "links", "books_n"))

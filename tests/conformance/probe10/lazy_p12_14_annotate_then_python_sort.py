from django.db.models import Count
from books.models import Author
qs = Author.objects.annotate(n=Count("book"))
py = sorted(((a.name, a.n) for a in qs), key=lambda t: (-t[1], t[0]))
db = list(qs.order_by("-n", "name").values_list("name", "n"))
result = (py == db, db)

# Subquery with OuterRef and values(), as an annotation on Author.
from django.db.models import OuterRef, Subquery
from blog.models import Author, Entry

last = Entry.objects.filter(authors=OuterRef("pk")).order_by("-pub_date").values("pub_date")[:1]
result = list(Author.objects.annotate(last=Subquery(last)).order_by("id").values_list("name", "last")[:4])

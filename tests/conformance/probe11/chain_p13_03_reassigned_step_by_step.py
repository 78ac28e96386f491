# Building a chain by reassignment, one step per line, prints the same SQL.
from blog.models import Entry

qs = Entry.objects.all()
qs = qs.filter(pub_date__year=2010)
qs = qs.exclude(rating__lt=5)
qs = qs.order_by("-rating", "id")
one = Entry.objects.all().filter(pub_date__year=2010).exclude(rating__lt=5).order_by("-rating", "id")
print(qs.query)
result = (str(qs.query) == str(one.query), list(qs.values_list("id", "rating")))

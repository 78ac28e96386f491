# union() of two values_list with order_by.
from blog.models import Entry, Blog

qs = Entry.objects.filter(rating=10).values_list("headline", flat=True).union(Blog.objects.values_list("name", flat=True)).order_by("headline")
result = (str(qs.query), list(qs)[:4])

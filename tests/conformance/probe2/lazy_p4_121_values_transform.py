# values() with a transform lookup.
from blog.models import Entry

result = list(Entry.objects.filter(pk__lte=3).values("id", "pub_date__year", "blog__name__upper").order_by("id"))

from blog.models import Entry
qs = Entry.objects.filter(pk__in=[1, 2]).order_by("id").values("id", "pub_date")
print(qs)
result = repr(qs)

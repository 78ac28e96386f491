from blog.models import Entry
qs = Entry.objects.distinct().order_by("-headline", "pk")
r = list(qs.values_list("pk", "rating", named=True)[:2])
print(r, len(r[0]), r[0]._fields)
print(list(qs.values_list("pk", flat=True)[:2]))

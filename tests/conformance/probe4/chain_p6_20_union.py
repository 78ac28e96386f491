from blog.models import Entry
a = Entry.objects.filter(rating=10).values_list("id", flat=True)
b = Entry.objects.filter(rating=0).values_list("id", flat=True)
qs = a.union(b).order_by("id")
result = (list(qs), str(qs.query))

from blog.models import Entry
a = Entry.objects.filter(rating=10).values_list("id", "headline")
b = Entry.objects.filter(number_of_comments__gte=21).values_list("id", "headline")
u = a.union(b).order_by("-id")[:3]
flat = Entry.objects.filter(rating=1).values_list("id", flat=True).union(Entry.objects.filter(rating=2).values_list("id", flat=True)).order_by("id")
result = (str(u.query), list(u), list(flat))

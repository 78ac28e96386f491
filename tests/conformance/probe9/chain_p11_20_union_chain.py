from blog.models import Entry
top = Entry.objects.filter(rating=10).values_list("id", flat=True)
busy = Entry.objects.filter(number_of_comments__gte=21).values_list("id", flat=True)
u = top.union(busy).order_by("id")
result = (str(u.query), list(u))

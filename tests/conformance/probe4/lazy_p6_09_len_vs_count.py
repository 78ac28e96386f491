from blog.models import Entry
qs = Entry.objects.filter(rating__gte=8)
a = len(qs)
b = qs.count()
result = (a, b)

from blog.models import Entry
qs = Entry.objects.filter(rating__gte=8)
b = qs.count()
a = len(qs)
c = qs.count()
result = (a, b, c)

# union/intersection/difference, and what may follow them.
from blog.models import Entry, Blog
a = Entry.objects.filter(rating__gte=8).values_list("pk", flat=True)
b = Entry.objects.filter(number_of_comments__lt=5).values_list("pk", flat=True)
print(sorted(a.union(b))[:5], len(a.union(b, all=True)))
print(sorted(a.intersection(b)), sorted(a.difference(b))[:3])
u = Entry.objects.filter(pk__lt=3).union(Entry.objects.filter(pk__gt=58)).order_by("-pk")
print([e.pk for e in u])
try:
    print(u.filter(rating=1))
except Exception as e:
    print(type(e).__name__, e)
print(u.count(), u.exists())
print(str(Blog.objects.filter(pk=1).union(Blog.objects.filter(pk=2)).query))
result = [e.pk for e in u[:2]]

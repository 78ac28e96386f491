from blog.models import Entry
a = Entry.objects.order_by("id")[:3] | Entry.objects.filter(rating=1)
b = Entry.objects.filter(rating=1) & Entry.objects.order_by("-id")[:5]
result = (str(a.query), sorted(e.id for e in a), str(b.query), sorted(e.id for e in b))

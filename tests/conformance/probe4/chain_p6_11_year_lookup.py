from blog.models import Entry
qs = Entry.objects.filter(pub_date__year=2008, pub_date__month__gte=6)
result = (qs.count(), str(qs.query))

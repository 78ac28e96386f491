from blog.models import Entry
qs = Entry.objects.filter(rating=10)
ids = [e.id for e in qs]
again = [e.headline for e in qs]
result = (ids, len(again))

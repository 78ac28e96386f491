from blog.models import Entry
qs = Entry.objects.order_by("id")[5:15]
result = (qs.count(), len(qs), qs.count())

from blog.models import Entry
qs = Entry.objects.order_by("id")
result = ([e.id for e in qs[2:10:3]], [e.id for e in qs[55:70]])

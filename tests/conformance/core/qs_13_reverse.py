# reverse() flips an explicit ordering; reversing twice restores it.
from blog.models import Entry

qs = Entry.objects.order_by("pub_date", "id")
result = ([e.id for e in qs.reverse()[:3]], [e.id for e in qs.reverse().reverse()[:3]], qs.reverse().ordered)

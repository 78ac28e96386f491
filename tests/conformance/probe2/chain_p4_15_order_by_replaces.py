# order_by() replaces; order_by() with nothing clears; reverse() twice.
from blog.models import Entry

a = Entry.objects.order_by("pub_date").order_by("rating")
b = Entry.objects.order_by("rating").order_by()
c = Entry.objects.order_by("rating", "-id").reverse()
d = c.reverse()
result = (str(a.query), str(b.query), str(c.query), str(d.query), a.ordered, b.ordered)

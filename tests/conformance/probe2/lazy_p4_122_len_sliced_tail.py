# len() of a slice without a stop.
from blog.models import Entry

qs = Entry.objects.order_by("id")[55:]
result = (len(qs), bool(Entry.objects.all()[:0]), list(Entry.objects.all()[3:3]))

# bool() on values() and none().
from blog.models import Entry

result = (bool(Entry.objects.values("id").filter(pk=1)), bool(Entry.objects.none()), bool(Entry.objects.filter(pk=0)))

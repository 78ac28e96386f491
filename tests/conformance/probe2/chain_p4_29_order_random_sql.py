# order_by('?') compiles to RANDOM().
from blog.models import Entry

result = str(Entry.objects.order_by("?").query)

# A second order_by() replaces the first; order_by() with no args clears it.
from blog.models import Entry

a = str(Entry.objects.order_by("rating").order_by("-headline").query)
b = str(Entry.objects.order_by("rating").order_by().query)
result = (a, b)

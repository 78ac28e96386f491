# contains uses LIKE ... ESCAPE; on SQLite LIKE ignores ASCII case, so "django" matches "Django".
from blog.models import Entry

result = list(Entry.objects.filter(headline__contains="django").values_list("id", flat=True).order_by("id"))

# __range with None inside.
from blog.models import Entry

try:
    result = Entry.objects.filter(rating__range=(None, 5)).count()
except Exception as exc:
    result = (type(exc).__name__, str(exc))

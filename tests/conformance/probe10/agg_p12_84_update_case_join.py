from django.db.models import Case, When, Value
from blog.models import Entry
try:
    n = Entry.objects.update(rating=Case(When(blog__name="Empty Blog", then=Value(0)), default=Value(1)))
    result = n
except Exception as exc:
    result = (type(exc).__name__, str(exc))

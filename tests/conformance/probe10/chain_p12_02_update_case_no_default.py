from django.db.models import Case, When, Value
from blog.models import Entry
before = list(Entry.objects.filter(blog_id=1).order_by("id").values_list("rating", flat=True))
try:
    Entry.objects.filter(blog_id=1).update(rating=Case(When(rating__gt=5, then=Value(10))))
    result = ("updated", before)
except Exception as exc:
    result = (type(exc).__name__, str(exc).split("\n")[0], before)

from django.db.models import Value
from blog.models import Blog
class Thing:
    pass
try:
    result = list(Blog.objects.annotate(t=Value(Thing())).values_list("t", flat=True))
except Exception as exc:
    result = (type(exc).__name__, str(exc))

# Which except clause catches Entry.DoesNotExist.
from django.core.exceptions import ObjectDoesNotExist
from blog.models import Entry, Blog

out = []
for exc_cls in (Blog.DoesNotExist, ObjectDoesNotExist, LookupError):
    try:
        try:
            Entry.objects.get(pk=999)
        except exc_cls:
            out.append("caught by " + exc_cls.__name__)
    except Exception as exc:
        out.append("escaped " + type(exc).__name__)
result = out

# Adding an instance of the wrong model to an M2M manager.
from blog.models import Entry, Blog

e = Entry.objects.get(pk=1)
try:
    e.authors.add(Blog.objects.get(pk=1))
    result = "ok"
except TypeError as exc:
    result = str(exc)

# update_fields=[] saves nothing; an unknown name is a ValueError.
from blog.models import Entry

e = Entry.objects.get(pk=3)
e.save(update_fields=[])
try:
    e.save(update_fields=["nope", "headline"])
    result = "ok"
except ValueError as exc:
    result = str(exc)

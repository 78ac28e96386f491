# in_bulk(field_name=) needs a unique field.
from blog.models import Entry

try:
    Entry.objects.in_bulk(["x"], field_name="headline")
    result = "ok"
except ValueError as exc:
    result = str(exc)

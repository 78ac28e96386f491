# order_by() with an unknown field: FieldError at once.
from django.core.exceptions import FieldError
from blog.models import Entry

try:
    Entry.objects.order_by("nope")
    result = "lazy"
except FieldError as exc:
    result = str(exc)

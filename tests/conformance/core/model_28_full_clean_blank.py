# full_clean() on blank required fields.
from django.core.exceptions import ValidationError
from blog.models import Blog

try:
    Blog(name="").full_clean()
except ValidationError as exc:
    result = (exc.message_dict, str(exc))

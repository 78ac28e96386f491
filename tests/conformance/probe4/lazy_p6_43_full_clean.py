from django.core.exceptions import ValidationError
from blog.models import Author
a = Author(name="", email="not-an-email")
try:
    a.full_clean()
    result = "ok"
except ValidationError as exc:
    result = (exc.message_dict, sorted(exc.message_dict))

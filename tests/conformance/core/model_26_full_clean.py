# full_clean() validates max_length, blank and email.
from django.core.exceptions import ValidationError
from blog.models import Author

try:
    Author(name="x" * 201, email="not-an-email").full_clean()
except ValidationError as exc:
    result = sorted(exc.message_dict.items())

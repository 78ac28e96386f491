from django.core.exceptions import ValidationError
from blog.models import Author
a = Author(name="", email="bad")
try:
    a.full_clean(exclude=["email"])
except ValidationError as exc:
    result = exc.message_dict

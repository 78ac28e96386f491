from django.core.exceptions import ValidationError
from blog.models import Author
a = Author(name="x" * 201, email="not-an-email")
try:
    a.full_clean()
    result = "ok"
except ValidationError as e:
    result = e.message_dict

from django.core.exceptions import ValidationError
from blog.models import Author
try:
    Author(name="", email="").full_clean()
    result = "ok"
except ValidationError as e:
    result = (sorted(e.message_dict.items()), str(e))

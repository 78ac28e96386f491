from django.core.exceptions import ValidationError
from blog.models import Author
try:
    Author(name="", email="bad").full_clean(exclude=["name"])
    result = "ok"
except ValidationError as e:
    result = e.message_dict

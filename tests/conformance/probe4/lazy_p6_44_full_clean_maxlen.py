from django.core.exceptions import ValidationError
from blog.models import Blog
b = Blog(name="x" * 101, tagline="t")
try:
    b.full_clean()
except ValidationError as exc:
    result = (exc.messages, str(exc))

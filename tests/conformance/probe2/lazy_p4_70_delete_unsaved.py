# Deleting an unsaved instance.
from blog.models import Blog

try:
    Blog(name="x").delete()
    result = "ok"
except ValueError as exc:
    result = str(exc)

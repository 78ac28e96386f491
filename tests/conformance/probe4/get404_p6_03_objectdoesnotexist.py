from django.core.exceptions import ObjectDoesNotExist
from blog.models import Author
try:
    Author.objects.get(email="x@y.z")
except ObjectDoesNotExist as exc:
    result = (type(exc).__name__, str(exc), type(exc).__qualname__)

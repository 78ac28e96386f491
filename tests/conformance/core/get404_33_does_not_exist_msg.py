# DoesNotExist message for other models.
from books.models import Publisher

try:
    Publisher.objects.get(name="Nope")
except Publisher.DoesNotExist as exc:
    result = (type(exc).__qualname__, str(exc))

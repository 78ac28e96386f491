# Nested atomic(): inner failure rolled back to its savepoint; the outer work stays.
from django.db import transaction
from books.models import Publisher

with transaction.atomic():
    Publisher.objects.create(name="Outer Press")
    try:
        with transaction.atomic():
            Publisher.objects.create(name="Inner Press")
            raise KeyError("inner")
    except KeyError:
        pass
result = list(Publisher.objects.order_by("id").values_list("name", flat=True))

# One atomic() per item in a loop: each commits on its own.
from django.db import transaction
from books.models import Publisher

done = []
for name in ["Loop A", "", "Loop C"]:
    try:
        with transaction.atomic():
            if not name:
                raise ValueError("empty name")
            Publisher.objects.create(name=name)
            done.append(name)
    except ValueError as exc:
        done.append(str(exc))
result = (done, list(Publisher.objects.filter(name__startswith="Loop").values_list("name", flat=True)))

from django.db import transaction, IntegrityError, connection
from bank.models import Transfer
try:
    with transaction.atomic():
        t, created = Transfer.objects.get_or_create(amount=999, defaults={"source_id": 1, "target_id": 99})
        result = (t.pk, created)
except IntegrityError as exc:
    result = (type(exc).__name__, str(exc), [q["sql"].split(" ")[0] for q in connection.queries])

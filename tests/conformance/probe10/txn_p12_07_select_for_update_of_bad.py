from django.db import transaction
from bank.models import Transfer
try:
    with transaction.atomic():
        result = [t.pk for t in Transfer.objects.select_related("source").select_for_update(of=("self", "source")).order_by("id")]
except Exception as exc:
    result = (type(exc).__name__, str(exc))

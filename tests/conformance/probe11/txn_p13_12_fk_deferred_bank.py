# A transfer to a missing account: accepted by INSERT, refused at COMMIT.
from django.db import transaction, IntegrityError
from bank.models import Transfer

steps = []
try:
    with transaction.atomic():
        Transfer.objects.create(source_id=1, target_id=999, amount=5)
        steps.append("insert ok")
except IntegrityError as exc:
    steps.append(str(exc))
result = (steps, Transfer.objects.count())

from bank.models import Account, Transfer
from django.db import transaction, IntegrityError
with transaction.atomic():
    Account.objects.create(owner="Fay", balance=1)
    try:
        with transaction.atomic():
            Transfer.objects.create(source_id=1, target_id=2, amount=None)
    except IntegrityError as e:
        msg = str(e)
    Account.objects.create(owner="Gus", balance=2)
result = (msg, list(Account.objects.order_by("id").values_list("owner", flat=True)), Transfer.objects.count())

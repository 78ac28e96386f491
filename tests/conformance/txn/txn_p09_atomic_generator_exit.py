from django.db import transaction, IntegrityError
from bank.models import Account, Transfer
out = []
for amount in (10, None, 20):
    try:
        with transaction.atomic():
            Transfer.objects.create(source_id=1, target_id=2, amount=amount)
            out.append("ok %s" % amount)
    except IntegrityError as e:
        out.append("error %s" % e)
result = (out, Transfer.objects.count())

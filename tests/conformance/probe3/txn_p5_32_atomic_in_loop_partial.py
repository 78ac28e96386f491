# one atomic per item: the failing item alone is rolled back.
from django.db import IntegrityError, transaction
from bank.models import Account

done = []
for pk, owner in [(10, "P"), (1, "dup"), (11, "Q")]:
    try:
        with transaction.atomic():
            Account.objects.create(pk=pk, owner=owner)
            done.append(pk)
    except IntegrityError:
        done.append("fail %d" % pk)
result = (done, list(Account.objects.order_by("pk").values_list("pk", flat=True)))

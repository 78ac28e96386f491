# An IntegrityError in an inner atomic() is contained; the outer transaction continues.
from django.db import transaction, IntegrityError
from bank.models import Account

with transaction.atomic():
    Account.objects.create(owner="Heidi", balance=1)
    try:
        with transaction.atomic():
            Account.objects.create(owner=None, balance=2)
    except IntegrityError as exc:
        err = str(exc)
    Account.objects.create(owner="Ivan", balance=3)
result = (err, list(Account.objects.filter(id__gt=4).order_by("id").values_list("owner", flat=True)))

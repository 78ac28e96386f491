from django.db import transaction
from bank.models import Account
done = []
for owner in ["Ann", "Ben", "", "Cid"]:
    try:
        with transaction.atomic():
            if not owner:
                raise ValueError("empty owner")
            done.append(Account.objects.create(owner=owner, balance=len(owner)).owner)
    except ValueError as exc:
        done.append(f"skipped: {exc}")
result = (done, Account.objects.count())

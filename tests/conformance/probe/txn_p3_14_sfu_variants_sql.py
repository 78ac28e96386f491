# select_for_update(of=..., skip_locked / no_key) on SQLite: the SQL is plain; errors still checked.
from django.db import transaction
from bank.models import Account, Transfer

out = []
with transaction.atomic():
    out.append([t.amount for t in Transfer.objects.select_related("source").select_for_update(of=("self",))])
    out.append(len(Account.objects.select_for_update(skip_locked=True)))
    out.append(len(Account.objects.select_for_update(no_key=True)))
result = out

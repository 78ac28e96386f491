# a functional UniqueConstraint is a unique index: created, enforced, then removed.
from django.db import IntegrityError, connection, models, transaction
from django.db.models.functions import Lower
from bank.models import Account

c = models.UniqueConstraint(Lower("owner"), name="acc_lower_owner_uniq")
with connection.schema_editor() as ed:
    ed.add_constraint(Account, c)
out = []
try:
    with transaction.atomic():
        Account.objects.create(owner="ALICE", balance=5)
except IntegrityError as e:
    out.append(type(e).__name__)
with connection.schema_editor() as ed:
    ed.remove_constraint(Account, c)
Account.objects.create(owner="ALICE", balance=5)
out.append(Account.objects.filter(owner__iexact="alice").count())
result = out

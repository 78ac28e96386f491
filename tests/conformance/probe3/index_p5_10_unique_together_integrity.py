# a unique index added, then a duplicate insert fails with IntegrityError.
from django.db import IntegrityError, connection, models
from bank.models import Account

with connection.schema_editor() as ed:
    ed.add_constraint(Account, models.UniqueConstraint(fields=["owner"], name="acc_owner_uniq"))
try:
    Account.objects.create(owner="Alice", balance=1)
except IntegrityError as e:
    result = (type(e).__name__, str(e))

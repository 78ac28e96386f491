from django.db import connection, models, IntegrityError
from django.db.models import Q
from bank.models import Account
uc = models.UniqueConstraint(fields=["owner"], condition=Q(balance__gt=0), name="p12_owner_positive")
with connection.schema_editor() as ed:
    ed.add_constraint(Account, uc)
Account.objects.create(owner="Carol", balance=0)
try:
    Account.objects.create(owner="Alice", balance=5)
    err = None
except IntegrityError as exc:
    err = str(exc)
result = (err, Account.objects.filter(owner="Carol").count())

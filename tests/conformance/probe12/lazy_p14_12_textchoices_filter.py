# A TextChoices member used as a filter value: it is a str.
from django.db import models
from bank.models import Account

class Owner(models.TextChoices):
    ALICE = "Alice", "Alice Liddell"
    BOB = "Bob", "Bob Builder"

qs = Account.objects.filter(owner=Owner.ALICE)
result = (Owner.ALICE.label, Owner.choices, str(qs.query), [a.owner for a in qs])

from bank.models import Account, Transfer
from django.db.models import Exists, OuterRef
qs = Account.objects.filter(Exists(Transfer.objects.filter(source=OuterRef("pk"), target__owner__startswith="A"))).order_by("id")
result = (str(qs.query), [a.id for a in qs])
